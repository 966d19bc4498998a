package app.roster.members;

import app.roster.archiving.Archiving;
import app.roster.labels.Label;
import app.roster.labels.Labels;
import app.roster.members.MemberFilter.LabelMatch;
import app.roster.platform.InvalidInput;
import app.roster.platform.Page;
import app.roster.platform.PageRequest;
import app.roster.platform.PreconditionRequired;
import app.roster.platform.QueryParams;
import app.roster.platform.StaleVersion;
import app.roster.roles.RoleKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
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
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The members over REST, at /api/v1/members: add, read, edit with a merge patch, and list with
 * search, filters, paging and sorting. Each member's version travels as its ETag; an edit must name
 * it in If-Match, so nobody overwrites a change they have not seen. This class only translates
 * between HTTP and the {@link Members} service, which checks permissions and rules.
 */
@Path("v1/members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MembersResource {

  static final String MERGE_PATCH = "application/merge-patch+json";

  @Inject Members members;

  @Inject Labels labels;
  @Inject Archiving archiving;

  @Context UriInfo uri;

  @Context Request request;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response add(InputStream body) {
    Member member = members.add(MemberPatch.apply(body, new MemberDraft()));

    URI location = uri.getAbsolutePathBuilder().path(String.valueOf(member.getId())).build();
    return Response.created(location).tag(etagOf(member)).entity(json(member)).build();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") long id) {
    Member member = members.find(id);
    return Response.ok(json(member)).tag(etagOf(member)).build();
  }

  /** Changes the fields present in the body; If-Match must carry the ETag the client saw. */
  @PATCH
  @Path("{id}")
  @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
  public Response edit(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      InputStream body) {
    Member current = members.find(id);
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new PreconditionRequired("api.ifMatch.required");
    }
    if (!ifMatchHolds(etagOf(current))) {
      throw new StaleVersion();
    }
    MemberDraft draft = MemberPatch.apply(body, MemberDraft.of(current));

    Member saved = members.update(id, current.getVersion(), draft);
    return Response.ok(json(saved)).tag(etagOf(saved)).build();
  }

  /** One page of members: {"items": [...], "total": n}, where total counts every match. */
  @GET
  public Page<MemberJson> list(
      @QueryParam("q") String query,
      @QueryParam("role") String role,
      @QueryParam("type") String type,
      @QueryParam("label") List<String> label,
      @QueryParam("labelMatch") String labelMatch,
      @QueryParam("status") String status,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("25") String size,
      @QueryParam("sort") String sort) {
    QueryParams params = new QueryParams();
    RoleKind kind = params.choice(RoleKind.class, "type", type, "api.query.type");
    LabelMatch match =
        params.choice(LabelMatch.class, "labelMatch", labelMatch, "api.query.labelMatch");
    MemberListing listing =
        params.choice(MemberListing.class, "status", status, "api.query.status");
    PageRequest pageRequest = params.page(page, size, sort);
    MemberFilter filter = new MemberFilter(query, role, kind, label, match, listing);
    Page<Member> found = members.list(filter, pageRequest);
    Map<Long, List<Label>> labelsOf =
        labels.ofMembers(found.items().stream().map(Member::getId).toList());
    return found.map(m -> MemberJson.of(m, names(labelsOf.getOrDefault(m.getId(), List.of()))));
  }

  /** Archives the member: kept, but signed out and refused at sign-in. Archiving twice is 200. */
  @POST
  @Path("{id}/archive")
  public Response archive(@PathParam("id") long id) {
    Member member = archiving.archive(id);
    return Response.ok(json(member)).tag(etagOf(member)).build();
  }

  @POST
  @Path("{id}/unarchive")
  public Response unarchive(@PathParam("id") long id) {
    Member member = archiving.unarchive(id);
    return Response.ok(json(member)).tag(etagOf(member)).build();
  }

  private MemberJson json(Member member) {
    return MemberJson.of(member, names(labels.of(member.getId())));
  }

  private static List<String> names(List<Label> labels) {
    return labels.stream().map(Label::getName).toList();
  }

  /** Whether If-Match names the current ETag (or is "*"); weak tags never match. */
  private boolean ifMatchHolds(EntityTag current) {
    try {
      return request.evaluatePreconditions(current) == null;
    } catch (ProcessingException e) {
      throw new InvalidInput("api.ifMatch.malformed", List.of());
    }
  }

  /** The strong ETag of a member's current version: "7". */
  static EntityTag etagOf(Member member) {
    return new EntityTag(String.valueOf(member.getVersion()));
  }
}
