package app.roster.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HourlyLimitTest {

  private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
  private final HourlyLimit threePerHour = HourlyLimit.perHour(3);

  @Test
  void fewerActsThanTheLimitAreAllowed() {
    assertThat(threePerHour.retryAfter(List.of(), NOW)).isEmpty();
    assertThat(threePerHour.retryAfter(List.of(minutesAgo(1), minutesAgo(2)), NOW)).isEmpty();
  }

  @Test
  void theNextActWaitsUntilTheOldestCountedOneLeavesTheWindow() {
    List<Instant> newestFirst = List.of(minutesAgo(5), minutesAgo(20), minutesAgo(50));

    assertThat(threePerHour.retryAfter(newestFirst, NOW)).contains(Duration.ofMinutes(10));
  }

  @Test
  void onlyTheNewestActsUpToTheLimitDecide() {
    List<Instant> newestFirst =
        List.of(minutesAgo(1), minutesAgo(2), minutesAgo(3), minutesAgo(59));

    assertThat(threePerHour.retryAfter(newestFirst, NOW)).contains(Duration.ofMinutes(57));
  }

  @Test
  void actsOutsideTheWindowDoNotCount() {
    List<Instant> newestFirst = List.of(minutesAgo(1), minutesAgo(2), minutesAgo(60));

    assertThat(threePerHour.retryAfter(newestFirst, NOW)).isEmpty();
    assertThat(threePerHour.retryAfter(List.of(NOW.plusSeconds(1)), NOW)).isEmpty();
  }

  @Test
  void anActExactlyAnHourOldHasLeftTheWindow() {
    assertThat(threePerHour.windowStart(NOW)).isEqualTo(minutesAgo(60));
    List<Instant> newestFirst =
        List.of(minutesAgo(0), minutesAgo(30), NOW.minus(Duration.ofMinutes(60)).plusNanos(1000));

    assertThat(threePerHour.retryAfter(newestFirst, NOW)).contains(Duration.ofNanos(1000));
  }

  @Test
  void aLimitAllowsAtLeastOneActInAPositiveWindow() {
    assertThatThrownBy(() -> HourlyLimit.perHour(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new HourlyLimit(1, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void retryAfterIsSentInWholeSecondsRoundedUpAndNamedInMinutes() {
    TooManyRequests limited =
        new TooManyRequests("invitation.limit.resends", Duration.ofMillis(61_500), 3);

    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.retryAfterSeconds()).isEqualTo(62);
    assertThat(limited.messageArgs()).containsExactly(3, 2L);
    assertThat(new TooManyRequests("join.limit", Duration.ofNanos(1)).retryAfterSeconds())
        .isEqualTo(1);
  }

  private static Instant minutesAgo(long minutes) {
    return NOW.minus(Duration.ofMinutes(minutes));
  }
}
