package app.roster.roles;

import static app.roster.security.Permission.MEMBERS_VIEW;
import static app.roster.security.Permission.ROLES_MANAGE;

import app.roster.members.Member;
import app.roster.members.MemberEdited;
import app.roster.members.MemberFacts;
import app.roster.platform.Conflict;
import app.roster.platform.Constraints;
import app.roster.platform.FieldError;
import app.roster.platform.Forbidden;
import app.roster.platform.InvalidInput;
import app.roster.platform.Messages;
import app.roster.platform.NotFound;
import app.roster.platform.StaleVersion;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The roles of the workspace: looked up by name from the console, the API and sign-in; and the
 * custom roles an Owner creates, renames, re-permissions and deletes (roles.manage). Built-in roles
 * stay as they are. Permission checks read the caller's role from the database on each call.
 */
@Stateless
@PermitAll
public class Roles {

  private static final Logger LOG = Logger.getLogger(Roles.class.getName());

  @PersistenceContext EntityManager em;

  @Resource SessionContext caller;

  @Inject Clock clock;

  @Inject Event<MemberEdited> edited;

  public List<Role> all() {
    return em.createNamedQuery(Role.ALL, Role.class).getResultList();
  }

  public Optional<Role> byName(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    return em.createNamedQuery(Role.BY_NAME, Role.class)
        .setParameter("name", Role.normalize(name))
        .getResultStream()
        .findFirst();
  }

  /** The role with this name, or a field error on {@code role} that the caller can show. */
  public Role require(String name) {
    return byName(name)
        .orElseThrow(
            () ->
                new InvalidInput(
                    "member.role.unknown",
                    new FieldError("role", Messages.get("member.role.unknown", name))));
  }

  /**
   * The permissions the caller holds now, read from their role in the database rather than from
   * what the session remembers, so a role change counts at once.
   */
  public Set<String> callerPermissions() {
    String principal = caller.getCallerPrincipal().getName();
    if (principal == null || !principal.chars().allMatch(Character::isDigit)) {
      return Set.of();
    }
    return em.createQuery("SELECT r FROM Member m JOIN m.role r WHERE m.id = :id", Role.class)
        .setParameter("id", Long.valueOf(principal))
        .getResultStream()
        .findFirst()
        .map(Role::getPermissions)
        .orElse(Set.of());
  }

  /** Whether the caller may hand out this role: they hold every permission it grants. */
  public boolean callerMayGrant(Role role) {
    return callerPermissions().containsAll(role.getPermissions());
  }

  public boolean callerHolds(String permission) {
    return callerPermissions().contains(permission);
  }

  // Managing roles

  /** Every role with how many members hold it: one pass over the member index by role. */
  public List<RoleUsage> usage() {
    requireAny(ROLES_MANAGE, MEMBERS_VIEW);
    Map<Long, Long> counts = new HashMap<>();
    em.createQuery("SELECT m.role.id, COUNT(m) FROM Member m GROUP BY m.role.id", Object[].class)
        .getResultList()
        .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
    return all().stream().map(r -> new RoleUsage(r, counts.getOrDefault(r.getId(), 0L))).toList();
  }

  public Role find(long id) {
    requireAny(ROLES_MANAGE, MEMBERS_VIEW);
    Role role = em.find(Role.class, id);
    if (role == null) {
      throw new NotFound("role.notFound");
    }
    return role;
  }

  public Role create(@NotNull @Valid RoleDraft draft) {
    requireAny(ROLES_MANAGE);
    RoleKind kind = draft.kindValue();
    checkGrant(kind, draft.getPermissions());
    refuseTakenName(draft.getName(), null);
    Role role = new Role(draft.getName(), kind, draft.getPermissions(), clock.instant());
    em.persist(role);
    flushOrExplain();
    LOG.log(Level.INFO, "Role {0} created", role.getId());
    return role;
  }

  /**
   * Renames a custom role and sets its permissions; members holding it have the new permissions
   * from their next request. Its kind stays: members' team or customer standing hangs on it.
   */
  public Role update(long id, long expectedVersion, @NotNull @Valid RoleDraft draft) {
    requireAny(ROLES_MANAGE);
    Role role = custom(id);
    if (role.getVersion() != expectedVersion) {
      throw new StaleVersion();
    }
    if (draft.kindValue() != role.getKind()) {
      throw new InvalidInput(
          "role.kind.fixed", new FieldError("kind", Messages.get("role.kind.fixed")));
    }
    checkGrant(role.getKind(), draft.getPermissions());
    if (!callerMayGrant(role)) {
      throw new Forbidden("role.notGrantable");
    }
    refuseTakenName(draft.getName(), role);
    role.rename(draft.getName());
    role.grant(draft.getPermissions());
    flushOrExplain();
    LOG.log(Level.INFO, "Role {0} changed", role.getId());
    return role;
  }

  /**
   * Deletes a custom role. Members holding it (active or archived) move to {@code replacement}
   * first, each move audited as a role change and ending that member's sessions; without a
   * replacement a role in use is refused with a field error on "replacement".
   */
  public void delete(long id, String replacement) {
    requireAny(ROLES_MANAGE);
    Role role = custom(id);
    if (!callerMayGrant(role)) {
      throw new Forbidden("role.notGrantable");
    }
    List<Member> holders =
        em.createQuery("SELECT m FROM Member m WHERE m.role = :role", Member.class)
            .setParameter("role", role)
            .getResultList();
    if (!holders.isEmpty()) {
      Role target = replacementFor(role, replacement, holders.size());
      for (Member member : holders) {
        Map<String, String> before = MemberFacts.of(member);
        member.changeRole(target);
        edited.fire(new MemberEdited(member.getId(), before, MemberFacts.of(member)));
      }
      em.flush();
    }
    em.remove(role);
    em.flush();
    LOG.log(
        Level.INFO,
        "Role {0} deleted; {1} members moved to {2}",
        new Object[] {id, holders.size(), replacement});
  }

  private Role replacementFor(Role role, String replacement, int holders) {
    if (replacement == null || replacement.isBlank()) {
      throw new InvalidInput(
          "role.inUse",
          new FieldError("replacement", Messages.get("role.inUse", role.getName(), holders)));
    }
    Role target =
        byName(replacement)
            .orElseThrow(
                () ->
                    new InvalidInput(
                        "role.replacement.unknown",
                        new FieldError(
                            "replacement", Messages.get("member.role.unknown", replacement))));
    if (target.getId().equals(role.getId())) {
      throw new InvalidInput(
          "role.replacement.same",
          new FieldError("replacement", Messages.get("role.replacement.same")));
    }
    if (!callerMayGrant(target)) {
      throw new Forbidden(
          "member.role.notGrantable",
          new FieldError("replacement", Messages.get("member.role.notGrantable")));
    }
    return target;
  }

  private Role custom(long id) {
    Role role = em.find(Role.class, id);
    if (role == null) {
      throw new NotFound("role.notFound");
    }
    if (role.isBuiltIn()) {
      throw new InvalidInput(
          "role.builtIn", new FieldError("name", Messages.get("role.builtIn", role.getName())));
    }
    return role;
  }

  private void checkGrant(RoleKind kind, Set<String> permissions) {
    List<FieldError> errors = RoleRules.check(kind, permissions);
    if (!errors.isEmpty()) {
      throw new InvalidInput("role.permissions.invalid", errors);
    }
    if (!callerPermissions().containsAll(permissions)) {
      throw new Forbidden(
          "role.notGrantable", new FieldError("permissions", Messages.get("role.notGrantable")));
    }
  }

  private void refuseTakenName(String name, Role self) {
    byName(name)
        .filter(other -> self == null || !other.getId().equals(self.getId()))
        .ifPresent(
            other -> {
              throw new Conflict(
                  "role.name.taken",
                  new FieldError("name", Messages.get("role.name.taken", other.getName())));
            });
  }

  private void flushOrExplain() {
    Constraints.flush(
        em,
        "uk_role_name",
        () ->
            new Conflict(
                "role.name.taken", new FieldError("name", Messages.get("role.name.taken", ""))));
  }

  private void requireAny(String... permissions) {
    Set<String> held = callerPermissions();
    for (String permission : permissions) {
      if (held.contains(permission)) {
        return;
      }
    }
    throw new Forbidden("error.forbidden");
  }
}
