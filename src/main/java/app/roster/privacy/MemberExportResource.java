package app.roster.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * GET /api/v1/members/{id}/export: everything Roster holds about one member, as a JSON download,
 * for a privacy request (privacy.manage, Owners).
 */
@Path("v1/members/{id}/export")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MemberExportResource {

  @Inject PrivacyRequests privacy;

  @GET
  public Response export(@PathParam("id") long id) {
    return Response.ok(privacy.export(id).toString())
        .header("Content-Disposition", "attachment; filename=\"member-" + id + ".json\"")
        .build();
  }
}
