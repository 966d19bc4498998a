package app.roster.bench;

import app.roster.members.Contacts;
import app.roster.members.SearchTerms;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The Owner the benchmark signs in as, with a password hashed exactly as the server hashes
 * (PBKDF2-HMAC-SHA256, 120,000 iterations), so API calls pay what a real client's calls pay.
 */
final class OwnerRow implements Part {

  private final String email;
  private final String password;
  private long id;

  OwnerRow(String email, String password) {
    this.email = email;
    this.password = password;
  }

  long id() {
    return id;
  }

  @Override
  public String name() {
    return "benchmark owner";
  }

  @Override
  public long write(Plan plan, Connection connection, IdRanges ids) throws SQLException {
    id = ids.reserve("member", 1);
    String norm = Contacts.normalizeEmail(email);
    Timestamp now = Timestamp.from(plan.now);
    try (BulkInsert row = new BulkInsert(connection, "member", MemberColumns.ALL, 1);
        BulkInsert tokens =
            new BulkInsert(connection, "member_search_token", "member_id,token", 1)) {
      row.add(
          id,
          "Bench Owner",
          email,
          norm,
          null,
          null,
          Plan.OWNER,
          "TEAM",
          null,
          "ACTIVE",
          "REGULAR",
          pbkdf2(password),
          0,
          0,
          null,
          null,
          now,
          now,
          0L);
      for (String token : SearchTerms.tokensFor("Bench Owner", norm, null)) {
        tokens.add(id, token);
      }
      row.finish();
      tokens.finish();
    }
    return 1;
  }

  /** The platform's Pbkdf2PasswordHash format: algorithm:iterations:base64(salt):base64(key). */
  static String pbkdf2(String password) {
    try {
      byte[] salt = new byte[32];
      new SecureRandom().nextBytes(salt);
      int iterations = 120_000;
      byte[] key =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
              .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256))
              .getEncoded();
      Base64.Encoder b64 = Base64.getEncoder();
      return "PBKDF2WithHmacSHA256:"
          + iterations
          + ":"
          + b64.encodeToString(salt)
          + ":"
          + b64.encodeToString(key);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
