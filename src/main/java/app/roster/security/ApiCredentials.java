package app.roster.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Remembers API credentials that passed the slow password check (PBKDF2) for a short while, so that
 * a client calling with HTTP Basic pays for the hash once a minute instead of on every request.
 *
 * <p>Kept safe by: entries keyed by an HMAC-SHA256 of the email and password under a random key
 * made at start-up (the map holds neither, and a key only matches the exact pair that was
 * verified); nothing is remembered for refused credentials (wrong passwords are always checked,
 * counted and locked out as before); each entry expires after {@code roster.api.credential-cache}
 * (default one minute; PT0S turns the cache off); and on every request answered from memory the
 * member's row is read again (one primary-key read): a new password, a moved session epoch (role
 * change, new sign-in email, sign-out everywhere), another role, archiving or a lock out end the
 * entry at once, on every instance, because the stamp of the row no longer matches.
 */
@ApplicationScoped
public class ApiCredentials {

  /** Beyond this many entries nothing new is remembered until expired ones are swept out. */
  static final int MAX_ENTRIES = 10_000;

  private record Entry(long memberId, Set<String> groups, String stamp, Instant expires) {}

  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

  private SecretKeySpec key;

  @Inject SignIns signIns;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "roster.api.credential-cache", defaultValue = "PT1M")
  Duration ttl;

  @PostConstruct
  void createKey() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    key = new SecretKeySpec(secret, "HmacSHA256");
  }

  /** Who the caller is, from memory or from the password check, or invalid. */
  public CredentialValidationResult validate(String email, String password) {
    if (ttl.isZero() || ttl.isNegative()) {
      return signIns.verify(email, password);
    }
    String id = fingerprint(email, password);
    Instant now = clock.instant();
    Entry entry = entries.get(id);
    if (entry != null) {
      if (now.isBefore(entry.expires())
          && signIns.credentialStamp(entry.memberId()).filter(entry.stamp()::equals).isPresent()) {
        return new CredentialValidationResult(
            new CallerPrincipal(String.valueOf(entry.memberId())), entry.groups());
      }
      entries.remove(id, entry);
    }
    SignIns.ApiSignIn checked = signIns.verifyForApi(email, password);
    CredentialValidationResult result = checked.result();
    if (result.getStatus() == CredentialValidationResult.Status.VALID
        && checked.stamp().isPresent()) {
      remember(id, result, checked.stamp().get(), now);
    }
    return result;
  }

  private void remember(String id, CredentialValidationResult result, String stamp, Instant now) {
    if (entries.size() >= MAX_ENTRIES) {
      entries.values().removeIf(e -> !now.isBefore(e.expires()));
      if (entries.size() >= MAX_ENTRIES) {
        return;
      }
    }
    entries.put(
        id,
        new Entry(
            Long.parseLong(result.getCallerPrincipal().getName()),
            Set.copyOf(result.getCallerGroups()),
            stamp,
            now.plus(ttl)));
  }

  private String fingerprint(String email, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(email.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      mac.update(password.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(mac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
    }
  }
}
