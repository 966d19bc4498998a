package app.roster.messaging.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try a message again after a failed attempt: the delay doubles from {@code base} with each
 * attempt (30 s, 1 min, 2 min, ... by default) up to {@code cap}, and after {@code maxAttempts}
 * attempts the outbox gives up and marks the message failed.
 */
public record RetryPolicy(Duration base, Duration cap, int maxAttempts) {

  public RetryPolicy {
    if (base == null || base.isNegative() || base.isZero()) {
      throw new IllegalArgumentException("The retry base must be a positive duration");
    }
    if (cap == null || cap.compareTo(base) < 0) {
      throw new IllegalArgumentException("The retry cap must be at least the retry base");
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("At least one attempt must be allowed");
    }
  }

  /** The wait after the {@code attempts}-th failed attempt (1 for the first). */
  public Duration delayAfter(int attempts) {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts start at 1");
    }
    Duration delay = base;
    for (int i = 1; i < attempts && delay.compareTo(cap) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(cap) < 0 ? delay : cap;
  }

  /**
   * When to try again after the {@code attempts}-th attempt failed, or empty when that was the last
   * one allowed.
   */
  public Optional<Instant> nextAttempt(int attempts, Clock clock) {
    if (attempts >= maxAttempts) {
      return Optional.empty();
    }
    return Optional.of(clock.instant().plus(delayAfter(attempts)));
  }

  /** Whether a message that has been claimed this often may still be sent. */
  public boolean allows(int attempts) {
    return attempts <= maxAttempts;
  }
}
