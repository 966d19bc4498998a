package app.roster.roles;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * The roles over REST, at /api/v1/roles: list (with member counts), read, create, change (PUT with
 * If-Match) and delete custom roles; DELETE takes ?replacement=RoleName when members hold the role.
 * Only translates; {@link Roles} checks permissions and rules.
 */
@Path("v1/roles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RolesResource {

  @Inject Roles roles;

  @Context UriInfo uri;

  @Context Request request;

  @GET
  public List<RoleJson> list() {
    return roles.usage().stream().map(u -> RoleJson.of(u.role(), u.members())).toList();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") long id) {
    Role role = roles.find(id);
    return Response.ok(RoleJson.of(role, null)).tag(etagOf(role)).build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(RoleDraft draft) {
    Role role = roles.create(draft == null ? new RoleDraft() : draft);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(role.getId())).build())
        .tag(etagOf(role))
        .entity(RoleJson.of(role, 0L))
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response update(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      RoleDraft draft) {
    Role current = roles.find(id);
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
    Role saved = roles.update(id, current.getVersion(), draft == null ? new RoleDraft() : draft);
    return Response.ok(RoleJson.of(saved, null)).tag(etagOf(saved)).build();
  }

  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") long id, @QueryParam("replacement") String replacement) {
    roles.delete(id, replacement);
    return Response.noContent().build();
  }

  static EntityTag etagOf(Role role) {
    return new EntityTag(String.valueOf(role.getVersion()));
  }
}
