package app.roster.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

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

  /**
   * Flushes the persistence context so that a failure surfaces here, as the refusal a client can
   * act on: a stale version becomes {@link StaleVersion}, a violation of {@code uniqueIndex}
   * (another row took the name meanwhile) the caller's {@code taken}; anything else is rethrown.
   */
  public static void flush(
      EntityManager em, String uniqueIndex, Supplier<? extends RosterException> taken) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new StaleVersion();
    } catch (PersistenceException e) {
      violatedUniqueIndex(e, uniqueIndex).orElseThrow(() -> e);
      throw taken.get();
    }
  }

  private static boolean isIntegrityViolation(SQLException e) {
    String state = e.getSQLState();
    return state != null && state.startsWith("23");
  }
}
