package app.roster.workspace;

import app.roster.platform.InvalidInput;
import app.roster.platform.PreconditionRequired;
import app.roster.platform.StaleVersion;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Settings → Workspace over REST: GET with an ETag, PUT {"name", "allowJoinRequests"} with If-Match
 * (settings.manage). A null or blank name falls back to roster.workspace.name.
 */
@Path("v1/workspace")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkspaceResource {

  /** The workspace as the API shows and takes it. */
  public static class WorkspaceJson {
    private String name;
    private boolean allowJoinRequests;

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public boolean isAllowJoinRequests() {
      return allowJoinRequests;
    }

    public void setAllowJoinRequests(boolean allowJoinRequests) {
      this.allowJoinRequests = allowJoinRequests;
    }
  }

  @Inject Workspace workspace;

  @Context Request request;

  @GET
  public Response read() {
    return answer(workspace.read());
  }

  @PUT
  public Response change(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, WorkspaceJson body) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new PreconditionRequired("api.ifMatch.required");
    }
    WorkspaceSettings current = workspace.settings();
    if (!ifMatchHolds(etagOf(current))) {
      throw new StaleVersion();
    }
    WorkspaceDraft draft = new WorkspaceDraft();
    draft.setName(body == null ? null : body.getName());
    draft.setAllowJoinRequests(body != null && body.isAllowJoinRequests());
    draft.setVersion(current.getVersion());
    return answer(workspace.change(draft));
  }

  private Response answer(WorkspaceSettings settings) {
    WorkspaceJson json = new WorkspaceJson();
    json.setName(settings.getName() == null ? workspace.configuredName() : settings.getName());
    json.setAllowJoinRequests(settings.isAllowJoinRequests());
    return Response.ok(json).tag(etagOf(settings)).build();
  }

  private boolean ifMatchHolds(EntityTag current) {
    try {
      return request.evaluatePreconditions(current) == null;
    } catch (ProcessingException e) {
      throw new InvalidInput("api.ifMatch.malformed", List.of());
    }
  }

  private static EntityTag etagOf(WorkspaceSettings settings) {
    return new EntityTag(String.valueOf(settings.getVersion()));
  }
}
