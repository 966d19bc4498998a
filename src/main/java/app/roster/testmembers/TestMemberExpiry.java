package app.roster.testmembers;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes test members whose expiry date has passed, {@value #BATCH} per transaction. Like the
 * invitation timer it is not persistent and runs on every instance; the rows are claimed in the
 * database, so instances never delete the same member twice.
 */
@Singleton
@DependsOn("DatabaseMigrator")
public class TestMemberExpiry {

  private static final Logger LOG = Logger.getLogger(TestMemberExpiry.class.getName());

  static final int BATCH = 500;

  /** At most this many batches per run, so one run never holds the timer for long. */
  static final int MAX_BATCHES = 40;

  @EJB TestMembers testMembers;

  @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void run() {
    try {
      int total = 0;
      for (int batch = 0; batch < MAX_BATCHES; batch++) {
        int deleted = testMembers.deleteExpired(BATCH);
        total += deleted;
        if (deleted < BATCH) {
          break;
        }
      }
      if (total > 0) {
        LOG.log(Level.INFO, "Deleted {0,number,#} expired test members", total);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Deleting expired test members failed; the next run retries", e);
    }
  }
}
