package app.roster.invitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InvitationWindowTest {

  private static final Instant SENT = Instant.parse("2026-12-04T16:00:00Z");
  private static final Clock CLOCK = Clock.fixed(SENT, ZoneOffset.UTC);

  private final InvitationWindow window = InvitationWindow.of("P7D", "P2D");

  @Test
  void aLinkExpiresSevenDaysAfterItWasSent() {
    assertThat(window.expiresAt(CLOCK.instant())).isEqualTo(Instant.parse("2026-12-11T16:00:00Z"));
  }

  @Test
  void aLinkStillWorksSixDaysAndTwentyThreeHoursLater() {
    Instant expiresAt = window.expiresAt(CLOCK.instant());
    Clock later = Clock.offset(CLOCK, Duration.ofDays(6).plusHours(23));

    assertThat(InvitationWindow.isOver(expiresAt, later.instant())).isFalse();
  }

  @Test
  void aLinkIsDeadAtTheMomentOfExpiryAndAfter() {
    Instant expiresAt = window.expiresAt(CLOCK.instant());

    assertThat(InvitationWindow.isOver(expiresAt, SENT.plus(Duration.ofDays(7)))).isTrue();
    assertThat(InvitationWindow.isOver(expiresAt, SENT.plus(Duration.ofDays(7)).plusSeconds(1)))
        .isTrue();
  }

  @Test
  void resendingStartsANewWindowFromTheLastSend() {
    Instant resent = SENT.plus(Duration.ofDays(5));

    assertThat(window.expiresAt(resent)).isEqualTo(Instant.parse("2026-12-16T16:00:00Z"));
  }

  @Test
  void theReminderIsDueTwoDaysBeforeExpiry() {
    Instant expiresAt = window.expiresAt(SENT);

    assertThat(window.reminderDueAt(expiresAt)).contains(Instant.parse("2026-12-09T16:00:00Z"));
    assertThat(window.remindExpiringBy(SENT.plus(Duration.ofDays(5)))).contains(expiresAt);
  }

  @Test
  void remindersCanBeSwitchedOff() {
    InvitationWindow quiet = InvitationWindow.of("P7D", "off");

    assertThat(quiet.reminderDueAt(SENT)).isEmpty();
    assertThat(quiet.remindExpiringBy(SENT)).isEmpty();
  }

  @Test
  void theLengthIsConfigurableInIsoDurations() {
    assertThat(InvitationWindow.of("PT36H", "PT6H").expiresAt(SENT))
        .isEqualTo(Instant.parse("2026-12-06T04:00:00Z"));
  }

  @Test
  void aBadConfigurationNamesTheKey() {
    assertThatThrownBy(() -> InvitationWindow.of("7 days", "P2D"))
        .hasMessageContaining("roster.invitation.ttl");
    assertThatThrownBy(() -> InvitationWindow.of("P7D", "soon"))
        .hasMessageContaining("roster.invitation.reminder");
    assertThatThrownBy(() -> InvitationWindow.of("PT0S", "off"))
        .hasMessageContaining("roster.invitation.ttl");
  }
}
