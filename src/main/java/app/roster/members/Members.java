package app.roster.members;

import static app.roster.security.Permission.CREDENTIALS_CHANGE;
import static app.roster.security.Permission.MEMBER;
import static app.roster.security.Permission.MEMBERS_EDIT;
import static app.roster.security.Permission.MEMBERS_VIEW;

import app.roster.platform.Conflict;
import app.roster.platform.Constraints;
import app.roster.platform.FieldError;
import app.roster.platform.Forbidden;
import app.roster.platform.InvalidInput;
import app.roster.platform.Messages;
import app.roster.platform.NotFound;
import app.roster.platform.Page;
import app.roster.platform.PageRequest;
import app.roster.platform.StaleVersion;
import app.roster.roles.Role;
import app.roster.roles.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The members of the workspace: add, find, list and edit. The console and the REST API both call
 * these methods, so every rule (validation, duplicates, who may grant which role) holds in both.
 */
@Stateless
public class Members {

  private static final Logger LOG = Logger.getLogger(Members.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Roles roles;

  @Inject Clock clock;

  @Inject PageMarks pageMarks;

  @Inject Event<MemberAdded> added;

  @Inject Event<MemberEdited> edited;

  @Inject
  @ConfigProperty(name = "roster.phone.region", defaultValue = "US")
  String phoneRegion;

  @Resource SessionContext caller;

  @RolesAllowed(MEMBERS_VIEW)
  public Member find(long id) {
    Member member = em.find(Member.class, id);
    if (member == null) {
      throw new NotFound("member.notFound");
    }
    return member;
  }

  /** The signed-in member (team or customer), for their own page and the console header. */
  @RolesAllowed(MEMBER)
  public Member self() {
    long id = Long.parseLong(caller.getCallerPrincipal().getName());
    Member member = em.find(Member.class, id);
    if (member == null) {
      throw new NotFound("member.notFound");
    }
    return member;
  }

  @RolesAllowed(MEMBERS_VIEW)
  public Page<Member> list(@NotNull MemberFilter filter, @NotNull PageRequest page) {
    Role role =
        filter.role() == null || filter.role().isBlank() ? null : roles.require(filter.role());
    return new MemberQueries(em, pageMarks).page(filter, role, page);
  }

  /** The next ids matching the filter after {@code afterId}, in id order, for bulk work. */
  @RolesAllowed(MEMBERS_VIEW)
  public List<Long> idsAfter(@NotNull MemberFilter filter, long afterId, int limit) {
    Role role =
        filter.role() == null || filter.role().isBlank() ? null : roles.require(filter.role());
    return new MemberQueries(em, pageMarks).idsAfter(filter, role, afterId, limit);
  }

  @RolesAllowed(MEMBERS_EDIT)
  public Member add(@NotNull @Valid MemberDraft draft) {
    Role role = grantableRole(draft.getRole());
    Member member = new Member(role, clock.instant());
    describe(member, draft);
    TestMemberRules.apply(member, draft, clock.instant());
    em.persist(member);
    flushOrExplain();
    readBack(member);
    added.fire(new MemberAdded(member.getId(), MemberFacts.of(member)));
    LOG.log(Level.INFO, "Member {0} added as {1}", new Object[] {member.getId(), role.getName()});
    return member;
  }

  /**
   * Applies an edit made on {@code expectedVersion}; refuses it when someone saved since. Who may
   * edit whom: the caller must hold every permission of the member's role (an Agent never edits an
   * Owner), and changing what a member can reach (their role, or the sign-in email of someone who
   * can sign in) also needs credentials.change.
   */
  @RolesAllowed(MEMBERS_EDIT)
  public Member update(long id, long expectedVersion, @NotNull @Valid MemberDraft draft) {
    Member member = find(id);
    if (member.getVersion() != expectedVersion) {
      throw new StaleVersion();
    }
    Map<String, String> before = MemberFacts.of(member);
    Role role = member.getRole();
    if (!roles.callerMayGrant(role)) {
      throw new Forbidden("member.notEditable");
    }
    boolean roleChanges =
        !Objects.equals(Role.normalize(draft.getRole()), Role.normalize(role.getName()));
    if (roleChanges) {
      requireAccessChangeRight("role");
    }
    if (changesSignInEmail(member, draft)) {
      requireAccessChangeRight("email");
    }
    boolean changed = false;
    if (roleChanges) {
      Role newRole = grantableRole(draft.getRole());
      keepAnOwner(member, newRole);
      member.changeRole(newRole);
      changed = true;
    }
    changed |= describe(member, draft);
    changed |= TestMemberRules.change(member, draft, clock.instant());
    if (!changed) {
      return member;
    }
    member.touch(clock.instant());
    flushOrExplain();
    readBack(member);
    edited.fire(new MemberEdited(member.getId(), before, MemberFacts.of(member)));
    LOG.log(Level.INFO, "Member {0} edited", member.getId());
    return member;
  }

  private boolean changesSignInEmail(Member member, MemberDraft draft) {
    if (member.getPasswordHash() == null) {
      return false;
    }
    String email = Contacts.trimEmail(draft.getEmail());
    return !Contacts.isNormalizableEmail(email)
        || !Contacts.normalizeEmail(email).equals(member.getEmailNorm());
  }

  private void requireAccessChangeRight(String field) {
    if (!roles.callerHolds(CREDENTIALS_CHANGE)) {
      String key = "member." + field + ".changeNotAllowed";
      throw new Forbidden(key, new FieldError(field, Messages.get(key)));
    }
  }

  private boolean describe(Member member, MemberDraft draft) {
    String email = Contacts.trimEmail(draft.getEmail());
    if (!Contacts.isNormalizableEmail(email)) {
      throw new InvalidInput(
          "member.email.invalid", new FieldError("email", Messages.get("member.email.invalid")));
    }
    String emailNorm = Contacts.normalizeEmail(email);
    String phone = phoneE164(draft.getPhone());
    String externalId = blankToNull(draft.getExternalId());
    refuseDuplicate(Member.BY_EMAIL, "email", emailNorm, member, "member.email.taken");
    refuseDuplicate(Member.BY_PHONE, "phone", phone, member, "member.phone.taken");
    refuseDuplicate(
        Member.BY_EXTERNAL_ID, "externalId", externalId, member, "member.externalId.taken");
    return member.describe(
        draft.getName().strip(), email, emailNorm, phone, draft.getDateOfBirth(), externalId);
  }

  private String phoneE164(String phone) {
    if (phone == null || phone.isBlank()) {
      return null;
    }
    return Contacts.toE164(phone, phoneRegion)
        .orElseThrow(
            () ->
                new InvalidInput(
                    "member.phone.invalid",
                    new FieldError("phone", Messages.get("member.phone.invalid"))));
  }

  private void refuseDuplicate(
      String query, String field, String value, Member self, String messageKey) {
    if (value == null) {
      return;
    }
    String parameter = field.equals("externalId") ? "externalId" : field;
    boolean taken =
        em.createNamedQuery(query, Member.class)
            .setParameter(parameter, value)
            .getResultStream()
            .anyMatch(other -> !other.getId().equals(self.getId()));
    if (taken) {
      throw new Conflict(messageKey, new FieldError(field, Messages.get(messageKey)));
    }
  }

  /** Flushes now so that a lost race on a unique index reads like the check before it. */
  private void flushOrExplain() {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new StaleVersion();
    } catch (PersistenceException e) {
      String index =
          Constraints.violatedUniqueIndex(
                  e, "uk_member_email", "uk_member_phone", "uk_member_external_id")
              .orElseThrow(() -> e);
      throw switch (index) {
        case "uk_member_email" -> conflict("email", "member.email.taken");
        case "uk_member_phone" -> conflict("phone", "member.phone.taken");
        default -> conflict("externalId", "member.externalId.taken");
      };
    }
  }

  /**
   * Reloads the saved row, so that callers show the member exactly as a later read will: the
   * database may keep times less precisely than the clock gives them (MariaDB through Connector/J
   * keeps whole seconds).
   */
  private void readBack(Member member) {
    em.refresh(member);
  }

  private static Conflict conflict(String field, String key) {
    return new Conflict(key, new FieldError(field, Messages.get(key)));
  }

  /** A role the caller may hand out: one whose every permission the caller holds too. */
  private Role grantableRole(String name) {
    Role role = roles.require(name);
    if (!roles.callerMayGrant(role)) {
      throw new Forbidden(
          "member.role.notGrantable",
          new FieldError("role", Messages.get("member.role.notGrantable")));
    }
    return role;
  }

  private void keepAnOwner(Member member, Role newRole) {
    if (member.getRole().isOwner() && !newRole.isOwner()) {
      long owners =
          em.createNamedQuery(Member.COUNT_WITH_ROLE, Long.class)
              .setParameter("role", member.getRole())
              .setParameter("status", MemberStatus.ACTIVE)
              .getSingleResult();
      if (owners <= 1) {
        throw new InvalidInput(
            "member.role.lastOwner", new FieldError("role", Messages.get("member.role.lastOwner")));
      }
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
