package app.roster.credentials;

import app.roster.platform.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;

/**
 * A member's pending credential change over REST, /api/v1/members/{id}/credential-change: GET it
 * (404 when there is none), DELETE it (cancel: the link stops working), or POST .../resend (a new
 * link and window).
 */
@Path("v1/members/{id}/credential-change")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CredentialChangeResource {

  @Inject Credentials credentials;

  @Inject Clock clock;

  @GET
  public CredentialChangeJson pending(@PathParam("id") long id) {
    return credentials
        .pendingOf(id)
        .map(c -> CredentialChangeJson.of(c, clock.instant()))
        .orElseThrow(() -> new NotFound("credential.none"));
  }

  @DELETE
  public Response cancel(@PathParam("id") long id) {
    credentials.cancel(id);
    return Response.noContent().build();
  }

  @POST
  @Path("resend")
  public CredentialChangeJson resend(@PathParam("id") long id) {
    return CredentialChangeJson.of(credentials.resend(id), clock.instant());
  }
}
