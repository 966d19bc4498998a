package app.roster.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import app.roster.members.Member;
import app.roster.messaging.entity.Channel;
import app.roster.platform.LinkRefused;
import app.roster.roles.Role;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CredentialChangeTest {

  private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
  private static final Instant UNTIL = NOW.plus(Duration.ofHours(24));

  private final CredentialChange change = sent();

  @Test
  void aPendingLinkWorksUntilItsLastMoment() {
    assertThat(change.refusalAt(NOW)).isEmpty();
    assertThat(change.refusalAt(UNTIL.minusMillis(1))).isEmpty();
  }

  @Test
  void aPendingLinkExpiresAtItsExpiryTime() {
    assertThat(change.refusalAt(UNTIL)).contains(LinkRefused.Reason.EXPIRED);
    assertThat(change.isExpiredAt(UNTIL.plusSeconds(1))).isTrue();
  }

  @Test
  void aCancelledLinkIsRevokedAndAReplacedOneSaysSo() {
    CredentialChange replaced = sent();
    change.close(CredentialChangeStatus.CANCELLED, NOW);
    replaced.close(CredentialChangeStatus.REPLACED, NOW);

    assertThat(change.refusalAt(NOW)).contains(LinkRefused.Reason.REVOKED);
    assertThat(replaced.refusalAt(NOW)).contains(LinkRefused.Reason.REPLACED);
    assertThat(change.isPending()).isFalse();
  }

  @Test
  void resendingStartsANewWindowWithANewToken() {
    String first = change.getTokenHash();
    Instant later = UNTIL.plusSeconds(60);

    change.send("b".repeat(64), Channel.EMAIL, "ana@example.com", later, later.plusSeconds(3600));

    assertThat(change.getTokenHash()).isNotEqualTo(first);
    assertThat(change.refusalAt(later)).isEmpty();
  }

  private static CredentialChange sent() {
    Member member = new Member(new Role() {}, NOW);
    CredentialChange change =
        new CredentialChange(
            member, CredentialKind.EMAIL, "new@example.com", "new@example.com", null, "Olga", NOW);
    change.send("a".repeat(64), Channel.EMAIL, "ana@example.com", NOW, UNTIL);
    return change;
  }
}
