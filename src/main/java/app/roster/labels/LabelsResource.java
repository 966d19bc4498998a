package app.roster.labels;

import app.roster.platform.InvalidInput;
import app.roster.platform.PreconditionRequired;
import app.roster.platform.StaleVersion;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * The workspace's labels over REST, at /api/v1/labels: list (with member counts), read, create,
 * rename or recolour (If-Match with the label's ETag) and delete. Only translates; {@link Labels}
 * checks permissions and rules.
 */
@Path("v1/labels")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LabelsResource {

  @Inject Labels labels;

  @Context UriInfo uri;

  @Context Request request;

  @GET
  public List<LabelJson> list() {
    return labels.usage().stream().map(LabelJson::of).toList();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") long id) {
    Label label = labels.find(id);
    return Response.ok(LabelJson.of(label)).tag(etagOf(label)).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(LabelDraft draft) {
    Label label = labels.create(draft == null ? new LabelDraft() : draft);
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(label.getId())).build())
        .tag(etagOf(label))
        .entity(LabelJson.of(label))
        .build();
  }

  /** Replaces name and colour (a missing colour keeps the current one). */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response update(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      LabelDraft draft) {
    Label current = labels.find(id);
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new PreconditionRequired("api.ifMatch.required");
    }
    try {
      if (request.evaluatePreconditions(etagOf(current)) != null) {
        throw new StaleVersion();
      }
    } catch (ProcessingException e) {
      throw new InvalidInput("api.ifMatch.malformed", List.of());
    }
    LabelDraft change = draft == null ? new LabelDraft() : draft;
    if (change.getColour() == null) {
      change.setColour(current.getColour());
    }
    Label saved = labels.update(id, current.getVersion(), change);
    return Response.ok(LabelJson.of(saved)).tag(etagOf(saved)).build();
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") long id) {
    labels.delete(id);
    return Response.noContent().build();
  }

  static EntityTag etagOf(Label label) {
    return new EntityTag(String.valueOf(label.getVersion()));
  }
}
