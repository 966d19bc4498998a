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

/**
 * A member's history over HTTP, GET /api/v1/members/{id}/history: what was done to or about them,
 * newest first. It needs audit.view like the audit log, because it shows who acted and from which
 * address.
 */
@Path("v1/members/{id}/history")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MemberHistoryResource {

  @Inject AuditLog log;

  @GET
  public Page<AuditJson> history(
      @PathParam("id") long memberId,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("25") String size) {
    QueryParams params = new QueryParams();
    return log.history(memberId, params.page(page, size, null)).map(AuditJson::of);
  }
}
