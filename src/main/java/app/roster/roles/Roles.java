package app.roster.roles;

import app.roster.platform.FieldError;
import app.roster.platform.InvalidInput;
import app.roster.platform.Messages;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** The roles of the workspace: looked up by name from the console, the API and sign-in. */
@Stateless
@PermitAll
public class Roles {

  @PersistenceContext EntityManager em;

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
}
