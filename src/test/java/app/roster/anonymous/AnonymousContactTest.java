package app.roster.anonymous;

import static org.assertj.core.api.Assertions.assertThat;

import app.roster.anonymous.entity.AnonymousContact;
import app.roster.anonymous.entity.ContactChannel;
import app.roster.anonymous.entity.Sender;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AnonymousContactTest {

  private static final Duration LIFETIME = Duration.ofDays(30);
  private static final Instant FIRST = Instant.parse("2026-11-01T10:00:00Z");
  private static final Sender SENDER = new Sender(true, "+5511912345678");

  @Test
  void expiresThirtyDaysAfterTheLastContact() {
    AnonymousContact contact = new AnonymousContact(1, SENDER, ContactChannel.SMS, FIRST, LIFETIME);

    contact.contacted(FIRST.plus(Duration.ofDays(3)), LIFETIME);

    assertThat(contact.getExpiresAt()).isEqualTo(FIRST.plus(Duration.ofDays(33)));
    assertThat(contact.getContactCount()).isEqualTo(2);
  }

  @Test
  void anEarlierEventArrivingLateMovesOnlyTheFirstContact() {
    AnonymousContact contact =
        new AnonymousContact(1, SENDER, ContactChannel.CALL, FIRST, LIFETIME);

    contact.contacted(FIRST.minus(Duration.ofHours(5)), LIFETIME);

    assertThat(contact.getFirstContactAt()).isEqualTo(FIRST.minus(Duration.ofHours(5)));
    assertThat(contact.getLastContactAt()).isEqualTo(FIRST);
    assertThat(contact.getExpiresAt()).isEqualTo(FIRST.plus(LIFETIME));
  }

  @Test
  void daysUntilExpiryRoundUpAndStopAtZero() {
    AnonymousContact contact = new AnonymousContact(1, SENDER, ContactChannel.SMS, FIRST, LIFETIME);

    assertThat(contact.daysUntilExpiry(FIRST)).isEqualTo(30);
    assertThat(contact.daysUntilExpiry(FIRST.plus(Duration.ofDays(29).plusHours(23)))).isEqualTo(1);
    assertThat(contact.daysUntilExpiry(FIRST.plus(Duration.ofDays(31)))).isZero();
  }

  @Test
  void expiringSoonMeansWithinTheWindow() {
    AnonymousContact contact = new AnonymousContact(1, SENDER, ContactChannel.SMS, FIRST, LIFETIME);
    Duration week = Duration.ofDays(7);

    assertThat(contact.expiresWithin(week, FIRST.plus(Duration.ofDays(22)))).isFalse();
    assertThat(contact.expiresWithin(week, FIRST.plus(Duration.ofDays(23)))).isTrue();
  }
}
