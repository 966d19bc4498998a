package app.roster.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import app.roster.platform.LinkRefused;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InvitationTest {

  private static final Instant SENT = Instant.parse("2026-12-04T16:00:00Z");
  private static final InvitationWindow WINDOW = InvitationWindow.of("P7D", "P2D");

  private final Invitation invitation =
      new Invitation("Ana@Example.com", "ana@example.com", null, null, null, "h1", SENT, WINDOW);

  @Test
  void aPendingLinkWorksUntilItExpires() {
    assertThat(invitation.refusalAt(SENT.plus(Duration.ofDays(6)).plusSeconds(82_800))).isEmpty();
    assertThat(invitation.refusalAt(SENT.plus(Duration.ofDays(7)).plusSeconds(1)))
        .contains(LinkRefused.Reason.EXPIRED);
  }

  @Test
  void resendingRevivesAnExpiredInvitationWithANewTokenAndWindow() {
    Instant later = SENT.plus(Duration.ofDays(9));

    invitation.send("h2", later, WINDOW);

    assertThat(invitation.getTokenHash()).isEqualTo("h2");
    assertThat(invitation.getStatus()).isEqualTo(InvitationStatus.PENDING);
    assertThat(invitation.getExpiresAt()).isEqualTo(later.plus(Duration.ofDays(7)));
    assertThat(invitation.refusalAt(later.plus(Duration.ofDays(6)))).isEmpty();
  }

  @Test
  void aRevokedLinkIsRefusedAsRevokedAndCannotBeResent() {
    invitation.revoke();

    assertThat(invitation.refusalAt(SENT)).contains(LinkRefused.Reason.REVOKED);
    assertThat(invitation.isResendable()).isFalse();
  }

  @Test
  void refusalsAnswerNotFoundForUnknownAndGoneForTheRest() {
    assertThat(LinkRefused.Reason.UNKNOWN.status()).isEqualTo(404);
    assertThat(LinkRefused.Reason.USED.status()).isEqualTo(410);
    assertThat(LinkRefused.Reason.EXPIRED.status()).isEqualTo(410);
    assertThat(LinkRefused.Reason.REVOKED.status()).isEqualTo(410);
  }
}
