package app.roster.audit;

import app.roster.platform.Page;
import app.roster.platform.QueryParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;

/**
 * The audit log over HTTP, read-only, for holders of audit.view: GET /api/v1/audit with filters by
 * actor (a member id), action and time (from inclusive, to exclusive; ISO instants or dates), and
 * GET /api/v1/audit/{id}. Any other method answers 405: entries are never changed or deleted.
 */
@Path("v1/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject AuditLog log;

  @GET
  public Page<AuditJson> list(
      @QueryParam("actor") String actor,
      @QueryParam("action") String action,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("25") String size) {
    QueryParams params = new QueryParams();
    Long actorId = params.id("actor", actor);
    String knownAction = params.oneOf("action", action, AuditActions.ALL, "api.query.action");
    Instant fromInstant = params.instant("from", from, false);
    Instant toInstant = params.instant("to", to, true);
    AuditFilter filter = new AuditFilter(actorId, knownAction, fromInstant, toInstant);
    return log.search(filter, params.page(page, size, null)).map(AuditJson::of);
  }

  @GET
  @Path("{id}")
  public AuditJson get(@PathParam("id") long id) {
    return AuditJson.of(log.find(id));
  }
}
