package app.roster.security;

import app.roster.members.Contacts;
import app.roster.members.Member;
import app.roster.members.MemberKind;
import app.roster.members.MemberStatus;
import app.roster.platform.Tokens;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks an email and password and says who the caller is and what they may do. Every refusal looks
 * the same from outside (unknown email, wrong password, locked, archived, test account), and after
 * {@code roster.signin.max-failures} wrong passwords in a row the account rests for {@code
 * roster.signin.lockout}. The counters are written without touching the member's version, so
 * sign-in attempts never make an admin's edit look stale.
 */
@Stateless
@PermitAll
public class SignIns {

  private static final Logger LOG = Logger.getLogger(SignIns.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Passwords passwords;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "roster.signin.max-failures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "roster.signin.lockout", defaultValue = "PT15M")
  Duration lockout;

  public CredentialValidationResult verify(String email, String password) {
    return check(email, password).result();
  }

  /**
   * Checks an API caller's email and password like {@link #verify}, and on success also answers the
   * {@link #credentialStamp} of the member row the password was checked against, so that a cache of
   * verified credentials can tell later whether that row still stands.
   */
  public ApiSignIn verifyForApi(String email, String password) {
    return check(email, password);
  }

  /**
   * What a verified credential depends on, as one opaque value: the member's password hash, session
   * epoch, role and the role's version (so a change of its permissions counts at once), and whether
   * they may sign in at all. Empty when they may not. One primary-key read; the API's credential
   * cache asks it on every request it answers from memory.
   */
  public Optional<String> credentialStamp(long memberId) {
    return em.createQuery(
            "SELECT m.passwordHash, m.sessionEpoch, m.role.id, m.status, m.kind, m.lockedUntil,"
                + " m.role.version"
                + " FROM Member m WHERE m.id = :id",
            Object[].class)
        .setParameter("id", memberId)
        .getResultStream()
        .findFirst()
        .filter(
            row ->
                row[0] != null
                    && row[3] == MemberStatus.ACTIVE
                    && row[4] == MemberKind.REGULAR
                    && (row[5] == null || !((Instant) row[5]).isAfter(clock.instant())))
        .map(row -> stamp((String) row[0], (Integer) row[1], (Long) row[2], (Long) row[6]));
  }

  /** A verified (or refused) API credential, with the stamp of the member it matched. */
  public record ApiSignIn(CredentialValidationResult result, Optional<String> stamp) {}

  private static String stamp(
      String passwordHash, int sessionEpoch, long roleId, long roleVersion) {
    return Tokens.hash(passwordHash + "|" + sessionEpoch + "|" + roleId + "|" + roleVersion);
  }

  private ApiSignIn check(String email, String password) {
    Optional<Member> found = findByEmail(email);
    if (found.isEmpty()) {
      passwords.burn(password);
      return new ApiSignIn(CredentialValidationResult.INVALID_RESULT, Optional.empty());
    }
    Member member = found.get();
    Instant now = clock.instant();
    if (!member.maySignIn(now)) {
      passwords.burn(password);
      LOG.log(Level.FINE, "Sign-in refused for member {0}: not allowed now", member.getId());
      return new ApiSignIn(CredentialValidationResult.INVALID_RESULT, Optional.empty());
    }
    if (!passwords.matches(password, member.getPasswordHash())) {
      recordFailure(member, now);
      return new ApiSignIn(CredentialValidationResult.INVALID_RESULT, Optional.empty());
    }
    em.createNamedQuery(Member.SIGNED_IN).setParameter("id", member.getId()).executeUpdate();
    return new ApiSignIn(
        new CredentialValidationResult(
            new CallerPrincipal(String.valueOf(member.getId())), groupsOf(member)),
        Optional.of(
            stamp(
                member.getPasswordHash(),
                member.getSessionEpoch(),
                member.getRole().getId(),
                member.getRole().getVersion())));
  }

  /**
   * The session facts checked on every console request: the member's current session epoch, or
   * empty when the member may no longer be signed in at all (archived, deleted).
   */
  public Optional<Integer> sessionEpoch(long memberId) {
    return em.createNamedQuery(Member.SESSION_STATE, Object[].class)
        .setParameter("id", memberId)
        .getResultStream()
        .filter(row -> row[1] == MemberStatus.ACTIVE && row[2] == MemberKind.REGULAR)
        .map(row -> (Integer) row[0])
        .findFirst();
  }

  /**
   * The groups the member's role grants now: read on every console request, so that a change to a
   * role's permissions counts from the next request without signing anyone out.
   */
  public Set<String> currentGroups(long memberId) {
    Member member = em.find(Member.class, memberId);
    return member == null ? Set.of() : groupsOf(member);
  }

  private void recordFailure(Member member, Instant now) {
    em.createNamedQuery(Member.FAILED_SIGN_IN).setParameter("id", member.getId()).executeUpdate();
    if (member.getFailedSignins() + 1 >= maxFailures) {
      em.createNamedQuery(Member.LOCK)
          .setParameter("id", member.getId())
          .setParameter("until", now.plus(lockout))
          .executeUpdate();
      LOG.log(
          Level.WARNING,
          "Member {0} locked for {1} after {2} wrong passwords",
          new Object[] {member.getId(), lockout, maxFailures});
    }
  }

  private Optional<Member> findByEmail(String email) {
    if (email == null || !Contacts.isNormalizableEmail(email)) {
      return Optional.empty();
    }
    return em.createNamedQuery(Member.BY_EMAIL, Member.class)
        .setParameter("email", Contacts.normalizeEmail(email))
        .getResultStream()
        .findFirst();
  }

  static Set<String> groupsOf(Member member) {
    Set<String> groups = new HashSet<>(member.getRole().getPermissions());
    groups.add(Permission.MEMBER);
    groups.add(member.isTeam() ? Permission.TEAM : Permission.CUSTOMER);
    return groups;
  }
}
