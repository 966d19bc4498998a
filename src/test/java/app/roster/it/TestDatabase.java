package app.roster.it;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Direct access to the database the server under test uses, for arranging what no screen or
 * endpoint offers yet (a password for a member, before invitations exist). Tests never read results
 * from here that a user could see through the product.
 */
public final class TestDatabase {

  private TestDatabase() {}

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("roster.test.db.url"),
        System.getProperty("roster.test.db.user"),
        System.getProperty("roster.test.db.password", ""));
  }

  /** Gives the member with this (normalised) email a password, hashed as the server hashes. */
  public static void givePassword(String emailNorm, String password) throws Exception {
    try (Connection c = connect();
        PreparedStatement update =
            c.prepareStatement("UPDATE member SET password_hash = ? WHERE email_norm = ?")) {
      update.setString(1, pbkdf2(password));
      update.setString(2, emailNorm);
      if (update.executeUpdate() != 1) {
        throw new IllegalStateException("No member with email " + emailNorm);
      }
    }
  }

  /** The platform's PBKDF2 format: algorithm:iterations:base64(salt):base64(key). */
  static String pbkdf2(String password) throws Exception {
    byte[] salt = new byte[32];
    new SecureRandom().nextBytes(salt);
    int iterations = 1000;
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
  }
}
