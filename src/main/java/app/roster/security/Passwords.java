package app.roster.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Hashes and checks passwords with the platform's PBKDF2 (HMAC-SHA256). The parameters travel
 * inside each stored hash, so raising the iteration count later keeps old hashes valid.
 */
@ApplicationScoped
public class Passwords {

  /** A hash of a password nobody knows, checked when the email is unknown to even out timing. */
  private String decoy;

  @Inject Pbkdf2PasswordHash pbkdf2;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "120000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    decoy = pbkdf2.generate("decoy-password-for-timing".toCharArray());
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean matches(String password, String hash) {
    return hash != null && pbkdf2.verify(password.toCharArray(), hash);
  }

  /** Spends the same time as a real check, for callers whose email matched nobody. */
  public void burn(String password) {
    pbkdf2.verify(password == null ? new char[0] : password.toCharArray(), decoy);
  }
}
