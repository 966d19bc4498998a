package app.roster.messaging.control;

import static org.assertj.core.api.Assertions.assertThat;

import app.roster.messaging.entity.Channel;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailComposerTest {

  private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
  private final Session session = Session.getInstance(new Properties());

  @Test
  void htmlMailIsTextAndHtmlAsAlternatives() throws Exception {
    MimeMessage message =
        MailComposer.compose(
            session, envelope("Hello", "<p>Hello</p>"), "roster@acme.test", "Acme", NOW);

    assertThat(message.getContentType()).startsWith("multipart/alternative");
    MimeMultipart parts = (MimeMultipart) message.getContent();
    assertThat(parts.getCount()).isEqualTo(2);
    assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain; charset=UTF-8");
    assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html; charset=UTF-8");
  }

  @Test
  void plainMailHasOneTextPart() throws Exception {
    MimeMessage message =
        MailComposer.compose(session, envelope("Hello", null), "roster@acme.test", "Acme", NOW);

    assertThat(message.getContentType()).startsWith("text/plain; charset=UTF-8");
    assertThat(message.getContent()).isEqualTo("Hello");
  }

  @Test
  void theOutboxMessageIdSurvivesSaving() throws Exception {
    MimeMessage message =
        MailComposer.compose(session, envelope("Hello", null), "roster@acme.test", "Acme", NOW);
    message.saveChanges();

    assertThat(message.getMessageID()).isEqualTo("<id-1@acme.test>");
  }

  @Test
  void subjectAndSenderNameTravelInUtf8() throws Exception {
    MimeMessage message =
        MailComposer.compose(session, envelope("Grüße", null), "roster@acme.test", "山田 & Co", NOW);
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    message.writeTo(raw);

    assertThat(message.getSubject()).isEqualTo("Willkommen, 山田");
    assertThat(raw.toString(StandardCharsets.US_ASCII)).contains("Subject: =?UTF-8?");
    assertThat(message.getFrom()[0].toString()).contains("roster@acme.test");
  }

  @Test
  void addressesAreCheckedStrictly() {
    assertThat(MailComposer.isValidAddress("ana@example.com")).isTrue();
    assertThat(MailComposer.isValidAddress("ana@bücher.example")).isTrue();
    assertThat(MailComposer.isValidAddress("ana")).isFalse();
    assertThat(MailComposer.isValidAddress("ana@example.com, bob@example.com")).isFalse();
    assertThat(MailComposer.isValidAddress("Ana <ana@example.com>")).isFalse();
    assertThat(MailComposer.isValidAddress("")).isFalse();
    assertThat(MailComposer.isValidAddress(null)).isFalse();
  }

  private static Envelope envelope(String text, String html) {
    return new Envelope(
        1,
        "<id-1@acme.test>",
        Channel.EMAIL,
        "ana@example.com",
        "Willkommen, 山田",
        text,
        html,
        1,
        "claim",
        NOW.plusSeconds(300));
  }
}
