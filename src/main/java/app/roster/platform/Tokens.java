package app.roster.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets that travel in links (invitations, confirmations): 32 bytes from {@link SecureRandom},
 * base64url in the link, and only their SHA-256 kept in the database, so a copy of the database
 * opens no link.
 */
@ApplicationScoped
public class Tokens {

  private static final int TOKEN_BYTES = 32;

  private final SecureRandom random = new SecureRandom();

  /** A fresh token for a link. Store {@link #hash(String)} of it, never the token itself. */
  public String newToken() {
    byte[] bytes = new byte[TOKEN_BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** A random password for accounts created without one (the first Owner, for one). */
  public String newPassword() {
    byte[] bytes = new byte[18];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The form a token is stored and looked up in: hex SHA-256 of its text. */
  public static String hash(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
