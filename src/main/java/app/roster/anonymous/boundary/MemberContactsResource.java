package app.roster.anonymous.boundary;

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

/** GET /api/v1/members/{id}/contacts: the member's contact events, newest first. */
@Path("v1/members/{id}/contacts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MemberContactsResource {

  @Inject ContactEvents events;

  @GET
  public Page<ContactEventJson> list(
      @PathParam("id") long id,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("25") String size) {
    return events.of(id, new QueryParams().page(page, size, null)).map(ContactEventJson::of);
  }
}
