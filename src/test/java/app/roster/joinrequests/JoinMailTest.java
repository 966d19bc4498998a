package app.roster.joinrequests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class JoinMailTest {

  private final JoinMail mail =
      new JoinMail("Acme <Club>", "https://roster.example/", Locale.ENGLISH);

  @Test
  void theConfirmationCarriesTheLinkAndEscapesEverythingInHtml() {
    JoinMail.Mail confirmation = mail.confirmation("<b>Jo</b>", "abc_123");

    assertThat(confirmation.getSubject()).isEqualTo("Confirm your request to join Acme <Club>");
    assertThat(confirmation.getText())
        .contains("https://roster.example/join/confirm?token=abc_123")
        .contains("Hello <b>Jo</b>,");
    assertThat(confirmation.getHtml())
        .contains("Hello &lt;b&gt;Jo&lt;/b&gt;,")
        .contains("Acme &lt;Club&gt;")
        .doesNotContain("<b>")
        .doesNotContain("<img");
  }

  @Test
  void aMemberIsPointedToSignInWithoutAnyToken() {
    JoinMail.Mail note = mail.alreadyMember();

    assertThat(note.getText())
        .contains("https://roster.example/signin.xhtml")
        .doesNotContain("token");
  }

  @Test
  void aDeclineCarriesTheReason() {
    assertThat(mail.declined("Jo", "Members only.").getText())
        .contains("Their reason: Members only.");
  }

  @Test
  void aConfirmationLinkWorksForTwentyFourHours() {
    Instant now = Instant.parse("2026-12-04T12:00:00Z");
    JoinRequest request =
        new JoinRequest(
            "Jo",
            "jo@x.test",
            "jo@x.test",
            null,
            "hash",
            now,
            now.plus(JoinRequests.CONFIRMATION_WINDOW));

    assertThat(request.confirmationExpiredAt(now.plus(Duration.ofHours(24)).minusSeconds(1)))
        .isFalse();
    assertThat(request.confirmationExpiredAt(now.plus(Duration.ofHours(24)))).isTrue();
  }
}
