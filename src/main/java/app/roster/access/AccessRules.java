package app.roster.access;

import static app.roster.security.Permission.ACCESS_MANAGE;
import static app.roster.security.Permission.MEMBERS_VIEW;

import app.roster.labels.Label;
import app.roster.labels.MemberLabels;
import app.roster.members.Member;
import app.roster.members.MemberStatus;
import app.roster.members.MemberSummary;
import app.roster.platform.Conflict;
import app.roster.platform.Constraints;
import app.roster.platform.FieldError;
import app.roster.platform.Forbidden;
import app.roster.platform.InvalidInput;
import app.roster.platform.Messages;
import app.roster.platform.NotFound;
import app.roster.platform.StaleVersion;
import app.roster.roles.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Access rules: named CEL conditions that answer "may this member enter?" for the systems that ask
 * Roster (sites, chats, forms). Managing the rules needs access.manage; asking about a member needs
 * members.view (the answer reveals no more than reading the member). An archived member is never
 * allowed, whatever the condition says. The console and the API call the same methods.
 */
@Stateless
public class AccessRules {

  private static final Logger LOG = Logger.getLogger(AccessRules.class.getName());

  /** Members loaded per query while looking for the members a rule admits. */
  static final int BATCH = 500;

  /** Members examined at most for one page of admitted members; the next page goes on. */
  static final int EXAMINE_LIMIT = 20_000;

  @PersistenceContext EntityManager em;

  @Inject Roles roles;

  @Inject Clock clock;

  @Inject Conditions conditions;

  @Inject MemberLabels memberLabels;

  // The rules

  @RolesAllowed({ACCESS_MANAGE, MEMBERS_VIEW})
  public List<AccessRule> all() {
    requireAny(ACCESS_MANAGE, MEMBERS_VIEW);
    return em.createNamedQuery(AccessRule.ALL, AccessRule.class).getResultList();
  }

  @RolesAllowed({ACCESS_MANAGE, MEMBERS_VIEW})
  public AccessRule find(long id) {
    requireAny(ACCESS_MANAGE, MEMBERS_VIEW);
    AccessRule rule = em.find(AccessRule.class, id);
    if (rule == null) {
      throw new NotFound("access.rule.notFound");
    }
    return rule;
  }

  @RolesAllowed({ACCESS_MANAGE, MEMBERS_VIEW})
  public AccessRule named(String name) {
    requireAny(ACCESS_MANAGE, MEMBERS_VIEW);
    return em.createNamedQuery(AccessRule.BY_NAME, AccessRule.class)
        .setParameter("name", name == null ? "" : name.strip())
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFound("access.rule.notFound"));
  }

  @RolesAllowed(ACCESS_MANAGE)
  public AccessRule create(@NotNull @Valid AccessRuleDraft draft) {
    requireAny(ACCESS_MANAGE);
    conditions.compile(draft.getExpression().strip(), "expression");
    refuseTakenName(draft.getName(), null);
    AccessRule rule = new AccessRule(draft, clock.instant());
    em.persist(rule);
    flushOrExplain();
    LOG.log(
        Level.INFO, "Access rule {0} ({1}) created", new Object[] {rule.getId(), rule.getName()});
    return rule;
  }

  @RolesAllowed(ACCESS_MANAGE)
  public AccessRule update(long id, long expectedVersion, @NotNull @Valid AccessRuleDraft draft) {
    requireAny(ACCESS_MANAGE);
    AccessRule rule = find(id);
    if (rule.getVersion() != expectedVersion) {
      throw new StaleVersion();
    }
    conditions.compile(draft.getExpression().strip(), "expression");
    refuseTakenName(draft.getName(), rule);
    rule.describe(draft, clock.instant());
    flushOrExplain();
    LOG.log(Level.INFO, "Access rule {0} ({1}) changed", new Object[] {id, rule.getName()});
    return rule;
  }

  @RolesAllowed(ACCESS_MANAGE)
  public void delete(long id) {
    requireAny(ACCESS_MANAGE);
    AccessRule rule = find(id);
    em.remove(rule);
    LOG.log(Level.INFO, "Access rule {0} ({1}) deleted", new Object[] {id, rule.getName()});
  }

  // Asking about members

  /** Whether the named rule lets the member in; 404 for an unknown rule or member. */
  @RolesAllowed({ACCESS_MANAGE, MEMBERS_VIEW})
  public Verdict checkRule(String ruleName, long memberId) {
    AccessRule rule = named(ruleName);
    return test(
        conditions.compile(rule.getExpression(), "rule"), memberId, "access rule " + ruleName);
  }

  /** Whether a condition given on the spot lets the member in; 400 when it does not compile. */
  @RolesAllowed({ACCESS_MANAGE, MEMBERS_VIEW})
  public Verdict checkExpression(String expression, long memberId) {
    requireAny(ACCESS_MANAGE, MEMBERS_VIEW);
    if (expression == null) {
      throw new InvalidInput(
          "access.check.what", new FieldError("rule", Messages.get("access.check.what")));
    }
    return test(conditions.compile(expression.strip(), "expression"), memberId, "access check");
  }

  /** The mistakes in a condition, none when it type-checks; the editor's live check. */
  @RolesAllowed(ACCESS_MANAGE)
  public List<ConditionError> mistakes(String expression) {
    requireAny(ACCESS_MANAGE);
    return conditions.mistakes(expression == null ? "" : expression.strip());
  }

  /**
   * The next members (in id order, after the given id) that the condition admits: active members
   * are loaded {@value #BATCH} at a time with their labels in one more query and tested in memory,
   * until the page is full or {@value #EXAMINE_LIMIT} members were examined. The cost grows with
   * the number of members examined, not with the page number.
   */
  @RolesAllowed(ACCESS_MANAGE)
  public AdmittedPage admitted(String expression, Long after, int size) {
    requireAny(ACCESS_MANAGE);
    Condition condition = conditions.compile(expression.strip(), "expression");
    Instant now = clock.instant();
    List<MemberSummary> found = new ArrayList<>();
    long cursor = after == null ? 0L : after;
    int examined = 0;
    while (found.size() < size && examined < EXAMINE_LIMIT) {
      List<Member> batch = activeAfter(cursor, Math.min(BATCH, EXAMINE_LIMIT - examined));
      if (batch.isEmpty()) {
        return new AdmittedPage(found, null, examined);
      }
      Map<Long, List<Label>> labels =
          memberLabels.ofMembers(batch.stream().map(Member::getId).toList());
      for (Member member : batch) {
        examined++;
        cursor = member.getId();
        List<String> names =
            labels.getOrDefault(member.getId(), List.of()).stream().map(Label::getName).toList();
        if (condition.test(ConditionFacts.of(member, names, clock), now).allowed()) {
          found.add(MemberSummary.of(member));
          if (found.size() == size) {
            break;
          }
        }
      }
    }
    return new AdmittedPage(found, cursor, examined);
  }

  private List<Member> activeAfter(long after, int limit) {
    return em.createQuery(
            "SELECT m FROM Member m WHERE m.id > :after AND m.status = :active ORDER BY m.id",
            Member.class)
        .setParameter("after", after)
        .setParameter("active", MemberStatus.ACTIVE)
        .setMaxResults(limit)
        .getResultList();
  }

  private Verdict test(Condition condition, long memberId, String trigger) {
    requireAny(ACCESS_MANAGE, MEMBERS_VIEW);
    Member member = em.find(Member.class, memberId);
    if (member == null) {
      throw new NotFound("member.notFound");
    }
    if (member.getStatus() != MemberStatus.ACTIVE) {
      return new Verdict(false, null);
    }
    Map<String, Object> facts = ConditionFacts.of(member, memberLabels.namesOf(memberId), clock);
    return condition.test(facts, clock.instant(), trigger);
  }

  /** Checks against the caller's role as it is now in the database: one of these will do. */
  private void requireAny(String... permissions) {
    for (String permission : permissions) {
      if (roles.callerHolds(permission)) {
        return;
      }
    }
    throw new Forbidden("error.forbidden");
  }

  private void refuseTakenName(String name, AccessRule self) {
    em.createNamedQuery(AccessRule.BY_NAME, AccessRule.class)
        .setParameter("name", name.strip())
        .getResultStream()
        .filter(other -> self == null || !other.getId().equals(self.getId()))
        .findFirst()
        .ifPresent(
            other -> {
              throw taken(other.getName());
            });
  }

  private void flushOrExplain() {
    Constraints.flush(em, "uk_access_rule_name", () -> taken(""));
  }

  private static Conflict taken(String name) {
    return new Conflict(
        "access.rule.name.taken",
        new FieldError("name", Messages.get("access.rule.name.taken", name)));
  }
}
