package app.roster.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CredentialMessagesTest {

  private static final Instant EXPIRES = Instant.parse("2026-12-05T16:52:00Z");

  private final CredentialMessages messages =
      new CredentialMessages(
          "Acme", "https://roster.acme.example/", Locale.ENGLISH, ZoneId.of("UTC"));

  @Test
  void theConfirmationMailSaysWhoAskedTheMaskedValueAndTheExpiry() {
    CredentialMessages.Mail mail =
        messages.confirmationMail(
            CredentialKind.EMAIL, "Olga Owner", "ana.new@example.com", EXPIRES, "tok-123");

    assertThat(mail.subject()).isEqualTo("Confirm your new sign-in email for Acme");
    assertThat(mail.text())
        .contains("Olga Owner of Acme asked to change your sign-in email to a…@e….com")
        .contains("https://roster.acme.example/credentials/confirm?token=tok-123")
        .contains("until December 5, 2026")
        .doesNotContain("ana.new@example.com");
    assertThat(mail.html()).contains("href=\"https://roster.acme.example/credentials/confirm");
  }

  @Test
  void theSmsIsOneShortTextWithTheLink() {
    String sms =
        messages.confirmationSms(
            CredentialKind.PHONE, "Olga Owner", "+12025550143", EXPIRES, "tok-456");

    assertThat(sms)
        .startsWith("Acme: Olga Owner asked to change your phone number to +1…43.")
        .contains("https://roster.acme.example/credentials/confirm?token=tok-456")
        .doesNotContain("5550143");
    assertThat(sms.length()).isLessThan(320);
  }

  @Test
  void theNoticeToTheOldAddressNamesWhomToContact() {
    CredentialMessages.Mail notice =
        messages.emailChangedNotice("ana.new@example.com", "Olga Owner", EXPIRES);

    assertThat(notice.subject()).isEqualTo("Your sign-in email for Acme was changed");
    assertThat(notice.text())
        .contains("was changed to a…@e….com")
        .contains("If this was not you, contact Olga Owner or the admins of Acme")
        .doesNotContain("token");
  }
}
