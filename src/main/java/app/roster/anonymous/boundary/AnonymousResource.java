package app.roster.anonymous.boundary;

import app.roster.labels.MemberLabels;
import app.roster.members.Member;
import app.roster.members.MemberDraft;
import app.roster.members.MemberJson;
import app.roster.platform.InvalidInput;
import app.roster.platform.Page;
import app.roster.platform.QueryParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Anonymous members over REST, at /api/v1/anonymous: list them (most recent contact first, or only
 * those expiring within 7 days with ?expiring=true), merge one into a member, convert one into a
 * new member, dismiss one or several. Only translates; {@link AnonymousMembers} checks the rules.
 */
@Path("v1/anonymous")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AnonymousResource {

  @Inject AnonymousMembers anonymous;

  @Inject Clock clock;

  @Inject MemberLabels labels;

  @Context UriInfo uri;

  @GET
  public Page<AnonymousJson> list(
      @QueryParam("expiring") @DefaultValue("false") boolean expiring,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("25") String size) {
    var request = new QueryParams().page(page, size, null);
    var now = clock.instant();
    return anonymous.list(expiring, request).map(a -> AnonymousJson.of(a, now));
  }

  @GET
  @Path("{id}")
  public AnonymousJson get(@PathParam("id") long id) {
    return AnonymousJson.of(anonymous.find(id), clock.instant());
  }

  /** Body {"memberId": 42}; answers the member it was merged into. */
  @POST
  @Path("{id}/merge")
  @Consumes(MediaType.APPLICATION_JSON)
  public MemberJson merge(@PathParam("id") long id, JsonObject body) {
    JsonValue target = body == null ? null : body.get("memberId");
    if (!(target instanceof JsonNumber number)) {
      throw new InvalidInput("anonymous.merge.target", List.of());
    }
    Member merged = anonymous.merge(id, number.longValue());
    return MemberJson.of(merged, labels.namesOf(merged.getId()));
  }

  /** Body: a member as for POST /api/v1/members; answers 201 with the new member. */
  @POST
  @Path("{id}/convert")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response convert(@PathParam("id") long id, JsonObject body) {
    MemberDraft draft = new MemberDraft();
    if (body != null) {
      draft.setName(text(body, "name"));
      draft.setEmail(text(body, "email"));
      draft.setPhone(text(body, "phone"));
      draft.setRole(text(body, "role"));
      draft.setExternalId(text(body, "externalId"));
    }
    Member created = anonymous.convert(id, draft);
    URI location =
        uri.getBaseUriBuilder().path("v1/members").path(String.valueOf(created.getId())).build();
    return Response.created(location).entity(MemberJson.of(created, List.of())).build();
  }

  @DELETE
  @Path("{id}")
  public Response dismiss(@PathParam("id") long id) {
    anonymous.dismiss(id);
    return Response.noContent().build();
  }

  /** Body {"ids": [1, 2, 3]}; answers {"dismissed": n}. */
  @POST
  @Path("dismiss")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject dismissAll(JsonObject body) {
    List<Long> ids = new ArrayList<>();
    JsonValue list = body == null ? null : body.get("ids");
    if (list instanceof JsonArray array) {
      for (JsonValue value : array) {
        if (value instanceof JsonNumber number) {
          ids.add(number.longValue());
        }
      }
    }
    int dismissed = anonymous.dismissAll(ids);
    return Json.createObjectBuilder().add("dismissed", dismissed).build();
  }

  private static String text(JsonObject body, String name) {
    return body.containsKey(name) && !body.isNull(name) ? body.getString(name, null) : null;
  }
}
