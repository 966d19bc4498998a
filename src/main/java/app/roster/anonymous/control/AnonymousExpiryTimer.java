package app.roster.anonymous.control;

import app.roster.anonymous.boundary.AnonymousMembers;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes anonymous members nobody resolved once their time is up (roster.anonymous.ttl after their
 * last contact): every 20 seconds, on every instance, batch by batch, each batch in a transaction
 * of its own that claims its rows first, so several instances never delete the same member twice.
 * Not persistent: persistent timers did not survive fail-over in a Payara Micro cluster.
 */
@Singleton
@DependsOn("DatabaseMigrator")
public class AnonymousExpiryTimer {

  private static final Logger LOG = Logger.getLogger(AnonymousExpiryTimer.class.getName());

  static final int BATCH = 500;

  /** At most this many batches per run, so one run never holds the timer for long. */
  static final int MAX_BATCHES = 20;

  @EJB AnonymousMembers anonymous;

  @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void run() {
    try {
      int total = 0;
      for (int batch = 0; batch < MAX_BATCHES; batch++) {
        int done = anonymous.expireOverdue(BATCH);
        total += done;
        if (done < BATCH) {
          break;
        }
      }
      if (total > 0) {
        LOG.log(Level.INFO, "Deleted {0} expired anonymous members", total);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Anonymous member expiry failed; the next run retries", e);
    }
  }
}
