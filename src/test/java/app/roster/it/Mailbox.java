package app.roster.it;

import static app.roster.it.Http.quietly;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.awaitility.Awaitility;

/**
 * A real SMTP server (GreenMail) on the port the test deployment sends to, and the questions tests
 * ask of what arrived: mail to one address, with a subject, waited for without sleeping.
 */
final class Mailbox {

  /** How long delivery through the outbox may take before a test gives up. */
  static final Duration DELIVERY = Duration.ofSeconds(30);

  private static final ServerSetup SMTP =
      new ServerSetup(Integer.getInteger("roster.test.smtp.port", 3025), "127.0.0.1", "smtp");

  private GreenMail server = new GreenMail(SMTP);

  private Mailbox() {}

  static Mailbox start() {
    Mailbox mailbox = new Mailbox();
    mailbox.server.start();
    return mailbox;
  }

  /** Stops the server; a test of delivery failures may start it again with {@link #restart}. */
  void stop() {
    server.stop();
  }

  /** A fresh server on the same port; what the stopped one had received is gone. */
  void restart() {
    server = new GreenMail(SMTP);
    server.start();
  }

  int port() {
    return SMTP.getPort();
  }

  static void stopQuietly(Mailbox mailbox) {
    if (mailbox != null) {
      mailbox.stop();
    }
  }

  GreenMail server() {
    return server;
  }

  /** Messages whose first recipient is {@code to} (in any case), in the order they arrived. */
  List<MimeMessage> to(String to) {
    return Arrays.stream(server.getReceivedMessages())
        .filter(m -> recipient(m).equalsIgnoreCase(to))
        .toList();
  }

  List<MimeMessage> to(String to, String subjectPart) {
    return to(to).stream().filter(m -> quietly(m::getSubject).contains(subjectPart)).toList();
  }

  MimeMessage await(String to, String subjectPart) {
    return await(to, subjectPart, DELIVERY);
  }

  MimeMessage await(String to, String subjectPart, Duration within) {
    Awaitility.await().atMost(within).until(() -> !to(to, subjectPart).isEmpty());
    return to(to, subjectPart).get(0);
  }

  /** Waits until {@code count} messages to {@code to} have arrived, and returns them. */
  List<MimeMessage> awaitCount(String to, int count) {
    Awaitility.await().atMost(DELIVERY).until(() -> to(to).size() >= count);
    return to(to);
  }

  static String recipient(MimeMessage message) {
    return quietly(() -> message.getRecipients(Message.RecipientType.TO)[0].toString());
  }

  /** The text of the part of a multipart mail with the given type ("text/plain"). */
  static String part(MimeMessage message, String type) throws Exception {
    Multipart parts = (Multipart) message.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (part.isMimeType(type)) {
        return (String) part.getContent();
      }
    }
    throw new AssertionError("no " + type + " part in " + message.getSubject());
  }
}
