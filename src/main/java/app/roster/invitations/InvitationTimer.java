package app.roster.invitations;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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

  static final int BATCH = 500;

  /** At most this many batches per run, so one run never holds the timer for long. */
  static final int MAX_BATCHES = 20;

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
    int total = 0;
    for (int batch = 0; batch < MAX_BATCHES; batch++) {
      int done =
          work == Work.EXPIRE ? invitations.expireOverdue(BATCH) : invitations.remindDue(BATCH);
      total += done;
      if (done < BATCH) {
        break;
      }
    }
    return total;
  }

  private enum Work {
    EXPIRE,
    REMIND
  }
}
