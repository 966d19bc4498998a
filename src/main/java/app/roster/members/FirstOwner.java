package app.roster.members;

import app.roster.platform.Tokens;
import app.roster.roles.Role;
import app.roster.roles.Roles;
import app.roster.security.Passwords;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure a new workspace can be entered: on a database without any member, creates the first
 * Owner from roster.admin.email and roster.admin.password, or, without a password, with a random
 * one written once to the log.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class FirstOwner {

  private static final Logger LOG = Logger.getLogger(FirstOwner.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Roles roles;

  @Inject Passwords passwords;

  @Inject Tokens tokens;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "roster.admin.email", defaultValue = "admin@example.com")
  String email;

  @Inject
  @ConfigProperty(name = "roster.admin.password")
  Optional<String> password;

  @PostConstruct
  void createWhenEmpty() {
    boolean empty =
        em.createQuery("SELECT m.id FROM Member m").setMaxResults(1).getResultList().isEmpty();
    if (!empty) {
      return;
    }
    Role owner = roles.require(Role.OWNER);
    String secret = password.filter(p -> !p.isBlank()).orElseGet(tokens::newPassword);
    Member member = new Member(owner, clock.instant());
    member.describe("Owner", email, Contacts.normalizeEmail(email), null, null, null);
    member.setPasswordHash(passwords.hash(secret));
    try {
      em.persist(member);
      em.flush();
    } catch (PersistenceException e) {
      LOG.log(Level.INFO, "Another instance created the first Owner at the same moment");
      return;
    }
    if (password.filter(p -> !p.isBlank()).isPresent()) {
      LOG.log(Level.INFO, "Created the first Owner, {0}, with the configured password", email);
    } else {
      LOG.log(
          Level.WARNING,
          "Created the first Owner, {0}, with the one-time password {1} (shown only this once;"
              + " set ROSTER_ADMIN_PASSWORD to choose it)",
          new Object[] {email, secret});
    }
  }
}
