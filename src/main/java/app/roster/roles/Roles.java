package app.roster.roles;

import app.roster.platform.FieldError;
import app.roster.platform.InvalidInput;
import app.roster.platform.Messages;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The roles of the workspace: looked up by name from the console, the API and sign-in. */
@Stateless
@PermitAll
public class Roles {

  @PersistenceContext EntityManager em;

  @Resource SessionContext caller;

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
}
