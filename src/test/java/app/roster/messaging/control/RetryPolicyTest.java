package app.roster.messaging.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private final RetryPolicy policy =
      new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 10);

  @Test
  void delayDoublesFromTheBaseWithEachFailedAttempt() {
    assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
    assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofMinutes(2));
    assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofMinutes(4));
    assertThat(policy.delayAfter(7)).isEqualTo(Duration.ofMinutes(32));
  }

  @Test
  void delayStopsGrowingAtTheCap() {
    assertThat(policy.delayAfter(8)).isEqualTo(Duration.ofHours(1));
    assertThat(policy.delayAfter(9)).isEqualTo(Duration.ofHours(1));
    assertThat(policy.delayAfter(1_000_000)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void nextAttemptIsTheDelayAfterNow() {
    assertThat(policy.nextAttempt(1, CLOCK)).contains(NOW.plusSeconds(30));
    assertThat(policy.nextAttempt(3, CLOCK)).contains(NOW.plus(Duration.ofMinutes(2)));
    assertThat(policy.nextAttempt(9, CLOCK)).contains(NOW.plus(Duration.ofHours(1)));
  }

  @Test
  void theLastAllowedAttemptHasNoNextOne() {
    assertThat(policy.nextAttempt(10, CLOCK)).isEmpty();
    assertThat(policy.nextAttempt(11, CLOCK)).isEmpty();
  }

  @Test
  void aClaimBeyondTheLastAttemptIsNotSent() {
    assertThat(policy.allows(10)).isTrue();
    assertThat(policy.allows(11)).isFalse();
  }

  @Test
  void aSecondBaseForTestsRetriesWithinSeconds() {
    RetryPolicy fast = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(2), 10);

    assertThat(fast.nextAttempt(1, CLOCK)).contains(NOW.plusSeconds(1));
    assertThat(fast.nextAttempt(2, CLOCK)).contains(NOW.plusSeconds(2));
    assertThat(fast.nextAttempt(5, CLOCK)).contains(NOW.plusSeconds(2));
  }

  @Test
  void nonsenseSettingsAreRefused() {
    assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ofHours(1), 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryPolicy(Duration.ofMinutes(2), Duration.ofMinutes(1), 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> policy.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
