package app.roster.actions;

import app.roster.platform.InvalidInput;
import app.roster.platform.Page;
import app.roster.platform.PageRequest;
import app.roster.platform.PreconditionRequired;
import app.roster.platform.StaleVersion;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * Actions over REST, at /api/v1/actions (actions.manage): list, create (201 with Location and
 * ETag), read, replace with If-Match, delete, and the run log of an action, newest first.
 */
@Path("v1/actions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ActionsResource {

  /** One run as the API shows it. */
  public record RunJson(
      long id,
      long actionId,
      String action,
      long memberId,
      String trigger,
      int depth,
      String outcome,
      String detail,
      Instant ranAt) {
    static RunJson of(ActionRun run) {
      return new RunJson(
          run.getId(),
          run.getActionId(),
          run.getActionName(),
          run.getMemberId(),
          run.getTrigger().word(),
          run.getDepth(),
          run.getOutcome().name(),
          run.getDetail(),
          run.getRanAt());
    }
  }

  /** A page of runs with the exact total. */
  public record RunsJson(List<RunJson> items, long total) {}

  @Inject Actions actions;

  @Context UriInfo uri;

  @Context Request request;

  @GET
  public List<ActionJson> list() {
    return actions.all().stream().map(this::json).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(ActionJson body) {
    Action action = actions.create(draftOf(body));
    URI location = uri.getAbsolutePathBuilder().path(String.valueOf(action.getId())).build();
    return Response.created(location).tag(etagOf(action)).entity(json(action)).build();
  }

  @GET
  @Path("{id}")
  public Response read(@PathParam("id") long id) {
    Action action = actions.find(id);
    return Response.ok(json(action)).tag(etagOf(action)).build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response update(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      ActionJson body) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new PreconditionRequired("api.ifMatch.required");
    }
    Action current = actions.find(id);
    if (!ifMatchHolds(etagOf(current))) {
      throw new StaleVersion();
    }
    Action saved = actions.update(id, current.getVersion(), draftOf(body));
    return Response.ok(json(saved)).tag(etagOf(saved)).build();
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") long id) {
    actions.delete(id);
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/runs")
  public RunsJson runs(
      @PathParam("id") long id,
      @QueryParam("page") @DefaultValue("0") int page,
      @QueryParam("size") @DefaultValue("50") int size) {
    actions.find(id);
    Page<ActionRun> runs = actions.runs(id, new PageRequest(page, size, null));
    return new RunsJson(runs.items().stream().map(RunJson::of).toList(), runs.total());
  }

  private ActionJson json(Action action) {
    return ActionJson.of(action, actions.triggerLabelName(action));
  }

  private static ActionDraft draftOf(ActionJson body) {
    return body == null ? new ActionDraft() : body.draft();
  }

  private boolean ifMatchHolds(EntityTag current) {
    try {
      return request.evaluatePreconditions(current) == null;
    } catch (ProcessingException e) {
      throw new InvalidInput("api.ifMatch.malformed", List.of());
    }
  }

  private static EntityTag etagOf(Action action) {
    return new EntityTag(String.valueOf(action.getVersion()));
  }
}
