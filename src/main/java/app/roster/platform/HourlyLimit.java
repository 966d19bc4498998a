package app.roster.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * At most so many acts in any window (an hour, usually), counted from the moments they happened,
 * which the caller reads from the database so that every instance sees the same count. Callers read
 * the newest {@link #max()} moments of the window; when that many are there, the next act is
 * allowed once the oldest of them leaves the window.
 */
public record HourlyLimit(int max, Duration window) {

  public HourlyLimit {
    if (max < 1) {
      throw new IllegalArgumentException("A limit allows at least one act, not " + max);
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("A limit's window must be positive, not " + window);
    }
  }

  public static HourlyLimit perHour(int max) {
    return new HourlyLimit(max, Duration.ofHours(1));
  }

  /** Where the window that ends now begins: acts after this moment count. */
  public Instant windowStart(Instant now) {
    return now.minus(window);
  }

  /**
   * How long until one more act is allowed, or empty when it is allowed now. {@code newestFirst}
   * holds the moments of acts inside the window, newest first (at most {@link #max()} are needed).
   */
  public Optional<Duration> retryAfter(List<Instant> newestFirst, Instant now) {
    List<Instant> inWindow =
        newestFirst.stream().filter(t -> t.isAfter(windowStart(now)) && !t.isAfter(now)).toList();
    if (inWindow.size() < max) {
      return Optional.empty();
    }
    Instant oldestCounted = inWindow.get(max - 1);
    Duration wait = Duration.between(now, oldestCounted.plus(window));
    return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
  }
}
