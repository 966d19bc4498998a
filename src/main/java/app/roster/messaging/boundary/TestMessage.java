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
    String html =
        "<!DOCTYPE html><html><body><p>"
            + escape(Messages.get("outbox.test.mail.text", workspace, requester, at))
            + "</p></body></html>";
    return OutgoingMessage.email(recipient, subject, text).withHtml(html);
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
