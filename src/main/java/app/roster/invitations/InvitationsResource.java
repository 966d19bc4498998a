package app.roster.invitations;

import app.roster.platform.Page;
import app.roster.platform.PageRequest;
import app.roster.platform.QueryParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Invitations over REST: invite (201 with Location), list by status, resend and revoke. Refusals
 * arrive as problem+json from the platform's mappers: 409 for a pending invitation or a member who
 * can already sign in, 403 for a role the caller may not grant.
 */
@Path("v1/invitations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvitationsResource {

  @Inject Invitations invitations;

  @Context UriInfo uri;

  @POST
  public Response invite(InvitationDraft draft) {
    Invitation invitation =
        invitations.invite(draft == null ? new InvitationDraft(null, null) : draft);
    return Response.created(
            uri.getAbsolutePathBuilder().path(String.valueOf(invitation.getId())).build())
        .entity(InvitationJson.of(invitation))
        .build();
  }

  /** One page of invitations, newest first: {"items": [...], "total": n}; by status or email. */
  @GET
  public Page<InvitationJson> list(
      @QueryParam("status") String status,
      @QueryParam("email") String email,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("25") String size,
      @QueryParam("sort") String sort) {
    QueryParams params = new QueryParams();
    InvitationStatus wanted =
        params.choice(InvitationStatus.class, "status", status, "invitation.status.unknown");
    PageRequest pageRequest = params.page(page, size, sort);
    return invitations
        .list(new InvitationFilter(wanted, email), pageRequest)
        .map(InvitationJson::of);
  }

  @GET
  @Path("{id}")
  public InvitationJson find(@PathParam("id") long id) {
    return InvitationJson.of(invitations.find(id));
  }

  @POST
  @Path("{id}/resend")
  public InvitationJson resend(@PathParam("id") long id) {
    return InvitationJson.of(invitations.resend(id));
  }

  @DELETE
  @Path("{id}")
  public Response revoke(@PathParam("id") long id) {
    invitations.revoke(id);
    return Response.noContent().build();
  }
}
