package app.roster.platform;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads which unique index a failed insert or update ran into, so a race between two admins ends in
 * the same clear message as the check before it. Works on MySQL, MariaDB and H2, which all name the
 * index in the message.
 */
public final class Constraints {

  private Constraints() {}

  public static Optional<String> violatedUniqueIndex(Throwable failure, String... indexNames) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && isIntegrityViolation(sql)) {
        String message = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
        for (String index : indexNames) {
          if (message.contains(index.toLowerCase(Locale.ROOT))) {
            return Optional.of(index);
          }
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isIntegrityViolation(SQLException e) {
    String state = e.getSQLState();
    return state != null && state.startsWith("23");
  }
}
