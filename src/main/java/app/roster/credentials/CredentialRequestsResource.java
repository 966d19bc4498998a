package app.roster.credentials;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;

/**
 * Asking for a credential change over REST: POST /api/v1/members/{id}/email-change {"email"} and
 * .../phone-change {"phone"}. Both answer 202 Accepted (nothing has changed yet: the member must
 * confirm) with the pending change and its Location, .../credential-change.
 */
// One root path for both, so that this class never competes with MembersResource for
// /v1/members/{id} itself (JAX-RS picks the root class with the longest literal path first).
@Path("v1/members/{id}/{kind: (email|phone)-change}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CredentialRequestsResource {

  @Inject Credentials credentials;

  @Inject Clock clock;

  @Context UriInfo uri;

  @POST
  public Response request(
      @PathParam("id") long id, @PathParam("kind") String kind, CredentialRequest body) {
    CredentialRequest request = body == null ? new CredentialRequest() : body;
    CredentialChange change =
        kind.startsWith("email")
            ? credentials.requestEmailChange(id, request.getEmail())
            : credentials.requestPhoneChange(id, request.getPhone());
    return accepted(id, change);
  }

  private Response accepted(long id, CredentialChange change) {
    URI location = uri.getBaseUriBuilder().path("v1/members/{id}/credential-change").build(id);
    return Response.accepted(CredentialChangeJson.of(change, clock.instant()))
        .location(location)
        .build();
  }
}
