package app.roster.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The billable count for the console header, kept for {@link #FRESH} per instance so that every
 * page view does not count the member table again. A cache that any instance rebuilds on its own;
 * Settings → Billing and the API always count afresh.
 */
@ApplicationScoped
public class BillableCount {

  static final Duration FRESH = Duration.ofMinutes(1);

  @Inject Billing billing;

  @Inject Clock clock;

  private volatile Long count;
  private volatile Instant countedAt = Instant.MIN;

  public long get() {
    Instant now = clock.instant();
    Long known = count;
    if (known == null || countedAt.plus(FRESH).isBefore(now)) {
      known = billing.billable();
      count = known;
      countedAt = now;
    }
    return known;
  }

  /** Takes a count made just now elsewhere (Settings → Billing), so the header agrees with it. */
  public void remember(long billable) {
    count = billable;
    countedAt = clock.instant();
  }
}
