package app.roster.invitations;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps invitations' states true to the clock: every 20 seconds, on every instance, marks overdue
 * pending invitations expired and mails due reminders, batch by batch, each batch in a transaction
 * of its own. The timer is not persistent (persistent timers did not survive fail-over in a Payara
 * Micro cluster); the work is claimed in the database, so several instances never do it twice.
 */
@Singleton
@DependsOn("DatabaseMigrator")
public class InvitationTimer {

  private static final Logger LOG = Logger.getLogger(InvitationTimer.class.getName());

  static final int BATCH = 2_000;

  /**
   * A run starts no new batch after this long, so it ends well before the next one is due (every 20
   * s). A cap on time rather than on batches: 100,000 invitations falling due at once (a bulk
   * invite a week ago) are expired in one run instead of ten runs three minutes apart.
   */
  static final Duration RUN_BUDGET = Duration.ofSeconds(15);

  @EJB Invitations invitations;

  @Schedule(hour = "*", minute = "*", second = "*/20", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void run() {
    try {
      int expired = inBatches(Work.EXPIRE);
      if (expired > 0) {
        LOG.log(Level.INFO, "Marked {0} overdue invitations expired", expired);
      }
      int reminded = inBatches(Work.REMIND);
      if (reminded > 0) {
        LOG.log(Level.INFO, "Queued {0} invitation reminders", reminded);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Invitation expiry and reminders failed; the next run retries", e);
    }
  }

  private int inBatches(Work work) {
    // Elapsed time on this machine, not business time: the injected Clock may be moved by tests.
    long start = System.nanoTime();
    int total = 0;
    int done;
    do {
      done = work == Work.EXPIRE ? invitations.expireOverdue(BATCH) : invitations.remindDue(BATCH);
      total += done;
    } while (done == BATCH && System.nanoTime() - start < RUN_BUDGET.toNanos());
    return total;
  }

  private enum Work {
    EXPIRE,
    REMIND
  }
}
