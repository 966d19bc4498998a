package app.roster.access;

import app.roster.members.MemberSummary;
import app.roster.platform.FieldError;
import app.roster.platform.InvalidInput;
import app.roster.platform.Messages;
import app.roster.platform.PreconditionRequired;
import app.roster.platform.StaleVersion;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import java.net.URI;
import java.util.List;

/**
 * Access over REST, at /api/v1/access: {@code POST check} answers whether a member may enter by a
 * named rule or a condition given on the spot, and {@code rules} is the CRUD of the named rules
 * (ETag and If-Match as for members). Translates only; {@link AccessRules} checks and decides.
 */
@Path("v1/access")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccessResource {

  /** What a system asks: a rule by name or an expression, and the member. */
  public record CheckRequest(String rule, String expression, Long memberId) {}

  /** The answer; error says why an evaluation failed (it then never allows). */
  public record CheckAnswer(boolean allowed, String error) {}

  /** One member a rule admits. */
  public record AdmittedMember(long id, String name, String email, String role, String type) {
    static AdmittedMember of(MemberSummary member) {
      return new AdmittedMember(
          member.getId(),
          member.getName(),
          member.getEmail(),
          member.getRole(),
          member.isTeam() ? "team" : "customer");
    }
  }

  /** A page of admitted members; pass nextAfter as ?after= for the next one (null: the end). */
  @JsonbNillable
  public record AdmittedJson(List<AdmittedMember> items, Long nextAfter, int examined) {}

  @Inject AccessRules rules;

  @Context UriInfo uri;

  @Context Request request;

  @POST
  @Path("check")
  @Consumes(MediaType.APPLICATION_JSON)
  public CheckAnswer check(CheckRequest body) {
    if (body == null || body.memberId() == null) {
      throw new InvalidInput(
          "access.check.member", new FieldError("memberId", Messages.get("access.check.member")));
    }
    boolean byRule = body.rule() != null && !body.rule().isBlank();
    if (byRule == (body.expression() != null)) {
      throw new InvalidInput(
          "access.check.what", new FieldError("rule", Messages.get("access.check.what")));
    }
    Verdict verdict =
        byRule
            ? rules.checkRule(body.rule(), body.memberId())
            : rules.checkExpression(body.expression(), body.memberId());
    return new CheckAnswer(verdict.allowed(), verdict.error());
  }

  @GET
  @Path("rules")
  public List<AccessRuleJson> list() {
    return rules.all().stream().map(AccessRuleJson::of).toList();
  }

  @POST
  @Path("rules")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(AccessRuleJson body) {
    AccessRule rule = rules.create(draftOf(body));
    URI location = uri.getAbsolutePathBuilder().path(String.valueOf(rule.getId())).build();
    return Response.created(location).tag(etagOf(rule)).entity(AccessRuleJson.of(rule)).build();
  }

  @GET
  @Path("rules/{id}")
  public Response read(@PathParam("id") long id) {
    AccessRule rule = rules.find(id);
    return Response.ok(AccessRuleJson.of(rule)).tag(etagOf(rule)).build();
  }

  /** Replaces name, description and expression; If-Match must carry the ETag the client saw. */
  @PUT
  @Path("rules/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response update(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      AccessRuleJson body) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new PreconditionRequired("api.ifMatch.required");
    }
    AccessRule current = rules.find(id);
    if (!ifMatchHolds(etagOf(current))) {
      throw new StaleVersion();
    }
    AccessRule saved = rules.update(id, current.getVersion(), draftOf(body));
    return Response.ok(AccessRuleJson.of(saved)).tag(etagOf(saved)).build();
  }

  @DELETE
  @Path("rules/{id}")
  public Response delete(@PathParam("id") long id) {
    rules.delete(id);
    return Response.noContent().build();
  }

  /** The active members the rule admits, in id order, a page at a time (?after=&size=). */
  @GET
  @Path("rules/{id}/members")
  public AdmittedJson admitted(
      @PathParam("id") long id,
      @QueryParam("after") Long after,
      @QueryParam("size") @DefaultValue("50") int size) {
    if (size < 1 || size > 200) {
      throw new InvalidInput("error.size", new FieldError("size", Messages.get("error.size")));
    }
    AdmittedPage page = rules.admitted(rules.find(id).getExpression(), after, size);
    return new AdmittedJson(
        page.members().stream().map(AdmittedMember::of).toList(),
        page.nextAfter(),
        page.examined());
  }

  private static AccessRuleDraft draftOf(AccessRuleJson body) {
    return body == null ? new AccessRuleDraft() : body.draft();
  }

  private boolean ifMatchHolds(EntityTag current) {
    try {
      return request.evaluatePreconditions(current) == null;
    } catch (ProcessingException e) {
      throw new InvalidInput("api.ifMatch.malformed", List.of());
    }
  }

  private static EntityTag etagOf(AccessRule rule) {
    return new EntityTag(String.valueOf(rule.getVersion()));
  }
}
