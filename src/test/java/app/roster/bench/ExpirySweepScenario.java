package app.roster.bench;

import app.roster.platform.Tokens;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * (e) The invitation expiry sweep: 100,000 pending invitations already past their expiry are put in
 * the database, and the server's own timer expires them; meanwhile one client keeps reading the
 * console's member list. The sweep's time runs from the first invitation it expires to the last;
 * the wait for the timer's next tick (every 20 s) is reported apart. The invitations have no
 * inviter (as after an inviter left), so no "your invitation expired" mails are queued: the sweep
 * itself is measured, not the outbox.
 */
final class ExpirySweepScenario implements Scenario {

  private static final Duration GIVE_UP = Duration.ofMinutes(15);

  @Override
  public String id() {
    return "e";
  }

  @Override
  public String title() {
    return "Invitation expiry sweep";
  }

  @Override
  public List<Row> run(Harness h) throws Exception {
    int count = h.scaledWork(100_000);
    String prefix = "sweep." + h.runTag + ".";
    Instant inserted = insertOverdue(h, count, prefix);

    AtomicBoolean sweeping = new AtomicBoolean(false);
    AtomicBoolean done = new AtomicBoolean(false);
    Harness.LongList during = new Harness.LongList();
    int[] errors = new int[1];
    Future<?> reader =
        h.pool()
            .submit(
                () -> {
                  while (!done.get()) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = h.send(h.get("/api/v1/members?size=25"));
                    long took = System.nanoTime() - t0;
                    if (sweeping.get()) {
                      synchronized (during) {
                        during.add(took);
                        if (response.statusCode() != 200) {
                          errors[0]++;
                        }
                      }
                    }
                  }
                  return null;
                });

    long firstExpiredAt = 0;
    long lastAt = 0;
    long remaining = count;
    long deadline = System.nanoTime() + GIVE_UP.toNanos();
    try (Connection c = h.database();
        PreparedStatement left =
            c.prepareStatement(
                "SELECT COUNT(*) FROM invitation WHERE status = 'PENDING' AND expires_at < ?"
                    + " AND email_norm LIKE ?")) {
      left.setTimestamp(1, Timestamp.from(inserted));
      left.setString(2, prefix + "%");
      while (remaining > 0 && System.nanoTime() < deadline) {
        Thread.sleep(100);
        try (ResultSet rs = left.executeQuery()) {
          rs.next();
          remaining = rs.getLong(1);
        }
        if (remaining < count && firstExpiredAt == 0) {
          firstExpiredAt = System.nanoTime();
          sweeping.set(true);
        }
      }
      lastAt = System.nanoTime();
    } finally {
      done.set(true);
      reader.get();
    }
    double waitSeconds = firstExpiredAt == 0 ? -1 : (firstExpiredAt - toNanos(inserted)) / 1e9;
    double sweepSeconds = firstExpiredAt == 0 ? -1 : (lastAt - firstExpiredAt) / 1e9;
    List<Row> rows = new ArrayList<>();
    Stats sweep = new Stats(count, (int) remaining, sweepSeconds * 1000, sweepSeconds * 1000, 0);
    rows.add(
        new Row(
            id(),
            "expire " + count + " overdue invitations (first to last)",
            sweep,
            "< 10 s",
            remaining == 0 && sweepSeconds < 10,
            String.format(
                java.util.Locale.ROOT,
                "%.1f s; %s; first expiry %.1f s after insert (timer tick)",
                sweepSeconds,
                remaining == 0 ? "all expired" : remaining + " still pending after 15 min",
                waitSeconds)));
    Stats console;
    synchronized (during) {
      console = Stats.of(during.toArray(), errors[0], 0);
    }
    rows.add(
        Row.of(
            id(),
            "console member list while the sweep runs",
            console,
            "p95 < 200 ms",
            console.count() > 0 && console.errors() == 0 && console.p95Ms() < 200));
    return rows;
  }

  private long startNanos;
  private Instant startInstant;

  private long toNanos(Instant instant) {
    return startNanos + Duration.between(startInstant, instant).toNanos();
  }

  private Instant insertOverdue(Harness h, int count, String prefix) throws Exception {
    try (Connection c = h.database()) {
      c.setAutoCommit(false);
      long firstId = new IdRanges(c).reserve("invitation", count);
      Instant sent = Instant.now().minus(Duration.ofDays(8));
      try (Rows rows = Rows.into(c, "invitation", InvitationRows.COLUMNS)) {
        for (int i = 0; i < count; i++) {
          String email = prefix + i + "@sweep.bench";
          rows.add(
              firstId + i,
              email,
              email,
              email,
              Plan.CUSTOMER,
              null,
              Tokens.hash("sweep:" + h.runTag + ":" + i),
              "PENDING",
              Timestamp.from(sent),
              Timestamp.from(sent.plus(Duration.ofDays(7))),
              Timestamp.from(sent.plus(Duration.ofDays(6))),
              null,
              null,
              Timestamp.from(sent),
              0L);
        }
        rows.finish();
      }
    }
    startNanos = System.nanoTime();
    startInstant = Instant.now();
    return startInstant;
  }
}
