package app.roster.messaging.boundary;

import app.roster.messaging.control.MailSettings;
import app.roster.platform.Messages;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The email that Settings → Outbox sends to check that mail reaches people. */
final class TestMessage {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private TestMessage() {}

  static OutgoingMessage to(String recipient, String requester, MailSettings mail, Clock clock) {
    String workspace = mail.workspaceName();
    String at = TIME.format(clock.instant());
    String subject = Messages.get("outbox.test.mail.subject", workspace);
    String text = Messages.get("outbox.test.mail.text", workspace, requester, at);
    MailBody body = new MailBody().paragraph(text);
    return OutgoingMessage.email(recipient, subject, body.text()).withHtml(body.html());
  }
}
