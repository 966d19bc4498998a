package app.roster.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class InvitationMailTest {

  private static final Instant EXPIRES = Instant.parse("2026-12-11T16:52:00Z");

  private final InvitationMail mails =
      new InvitationMail(
          "O'Brien & Sons", "https://roster.example/", Locale.ENGLISH, ZoneId.of("UTC"));

  @Test
  void theMailNamesTheWorkspaceTheInviterTheRoleAndTheExpiry() {
    InvitationMail.Mail mail = mails.invitation("Ana López", "Agent", EXPIRES, "tok-en_1");

    assertThat(mail.subject()).isEqualTo("Ana López invited you to O'Brien & Sons");
    assertThat(mail.text())
        .contains("Ana López invited you to join O'Brien & Sons as Agent.")
        .contains("https://roster.example/invitations/accept?token=tok-en_1")
        .contains("December 11, 2026")
        .contains("4:52");
  }

  @Test
  void theHtmlBodyEscapesWhatItQuotes() {
    InvitationMail.Mail mail =
        mails.invitation("<script>alert(1)</script>", "Agent \"x\"", EXPIRES, "abc");

    assertThat(mail.html())
        .doesNotContain("<script>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("O&#39;Brien &amp; Sons")
        .contains("Agent &quot;x&quot;")
        .contains("<a href=\"https://roster.example/invitations/accept?token=abc\">");
  }

  @Test
  void theHtmlBodyHasNoImagesOrRemoteContent() {
    InvitationMail.Mail mail = mails.invitation("Ana", "Agent", EXPIRES, "abc");

    assertThat(mail.html()).doesNotContainIgnoringCase("<img").doesNotContainIgnoringCase("src=");
  }

  @Test
  void theReminderPointsToTheFirstMailWithoutALink() {
    InvitationMail.Mail mail =
        mails.reminder("Ana", "Agent", Instant.parse("2026-12-04T16:52:00Z"), EXPIRES);

    assertThat(mail.subject()).contains("expires soon");
    assertThat(mail.text()).contains("December 4, 2026").doesNotContain("token=");
  }
}
