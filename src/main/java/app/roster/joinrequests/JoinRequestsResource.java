package app.roster.joinrequests;

import app.roster.invitations.Invitation;
import app.roster.invitations.InvitationJson;
import app.roster.platform.FieldError;
import app.roster.platform.InvalidInput;
import app.roster.platform.Messages;
import app.roster.platform.Page;
import app.roster.platform.PageRequest;
import app.roster.platform.QueryParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
 * Join requests over REST, for callers with members.invite: list the confirmed ones, approve one
 * with a role (201 with the invitation's Location) or decline it with an optional reason. Refusals
 * arrive as problem+json: 404 unknown, 409 already decided, 429 when the inviting limit is reached.
 */
@Path("v1/join-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JoinRequestsResource {

  /** The body of approve: the role to invite with. */
  public static class Approval {
    private String role;

    public String getRole() {
      return role;
    }

    public void setRole(String role) {
      this.role = role;
    }
  }

  /** The body of decline: an optional reason mailed to the requester. */
  public static class Refusal {
    private String reason;

    public String getReason() {
      return reason;
    }

    public void setReason(String reason) {
      this.reason = reason;
    }
  }

  @Inject JoinRequests requests;

  @Context UriInfo uri;

  /** One page of confirmed requests, newest first: {"items": [...], "total": n}. */
  @GET
  public Page<JoinRequestJson> list(
      @QueryParam("status") String status,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("25") String size) {
    QueryParams params = new QueryParams();
    JoinRequestStatus wanted =
        params.choice(JoinRequestStatus.class, "status", status, "join.status.unknown");
    PageRequest pageRequest = params.page(page, size, null);
    if (wanted == JoinRequestStatus.UNCONFIRMED) {
      throw new InvalidInput(
          "api.query.invalid", new FieldError("status", Messages.get("join.status.unknown")));
    }
    return requests.list(wanted, pageRequest).map(JoinRequestJson::of);
  }

  @GET
  @Path("{id}")
  public JoinRequestJson find(@PathParam("id") long id) {
    return JoinRequestJson.of(requests.find(id));
  }

  @POST
  @Path("{id}/approve")
  public Response approve(@PathParam("id") long id, Approval approval) {
    String role = approval == null ? null : approval.getRole();
    if (role == null || role.isBlank()) {
      throw new InvalidInput(
          "join.role.required", new FieldError("role", Messages.get("join.role.required")));
    }
    Invitation invitation = requests.approve(id, role);
    return Response.created(
            uri.getBaseUriBuilder()
                .path("v1/invitations")
                .path(String.valueOf(invitation.getId()))
                .build())
        .entity(InvitationJson.of(invitation))
        .build();
  }

  @POST
  @Path("{id}/decline")
  public JoinRequestJson decline(@PathParam("id") long id, Refusal refusal) {
    return JoinRequestJson.of(requests.decline(id, refusal == null ? null : refusal.getReason()));
  }
}
