package app.roster.messaging.control;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.net.IDN;
import java.time.Instant;
import java.util.Date;

/**
 * Turns an outbox message into a MIME message: plain text alone, or text and HTML as
 * multipart/alternative; subject and bodies in UTF-8; and the message's own Message-ID on every
 * attempt, so a receiver that sees it twice can tell.
 */
public final class MailComposer {

  private static final String UTF_8 = "UTF-8";

  private MailComposer() {}

  public static MimeMessage compose(
      Session session, Envelope envelope, String from, String senderName, Instant now)
      throws MessagingException {
    MimeMessage message = new StableIdMessage(session, envelope.messageId());
    message.setFrom(sender(from, senderName));
    message.setRecipient(Message.RecipientType.TO, recipient(envelope.recipient()));
    message.setSubject(envelope.subject(), UTF_8);
    message.setSentDate(Date.from(now));
    message.setHeader("Auto-Submitted", "auto-generated");
    if (envelope.html() == null) {
      message.setText(envelope.text(), UTF_8);
    } else {
      MimeBodyPart text = new MimeBodyPart();
      text.setText(envelope.text(), UTF_8);
      MimeBodyPart html = new MimeBodyPart();
      html.setText(envelope.html(), UTF_8, "html");
      message.setContent(new MimeMultipart("alternative", text, html));
    }
    message.saveChanges();
    return message;
  }

  /** Whether Roster can address mail to this text: one address, with a domain. */
  public static boolean isValidAddress(String address) {
    if (address == null || address.isBlank() || address.length() > 320) {
      return false;
    }
    try {
      InternetAddress parsed = recipient(address.strip());
      return parsed.getAddress().indexOf('@') > 0 && parsed.getPersonal() == null;
    } catch (AddressException e) {
      return false;
    }
  }

  /** The recipient with an internationalised domain in its ASCII form, checked strictly. */
  static InternetAddress recipient(String address) throws AddressException {
    int at = address.lastIndexOf('@');
    String ascii = address;
    if (at > 0) {
      try {
        ascii = address.substring(0, at + 1) + IDN.toASCII(address.substring(at + 1));
      } catch (IllegalArgumentException e) {
        throw new AddressException("The domain is not valid", address);
      }
    }
    InternetAddress parsed = new InternetAddress(ascii, true);
    parsed.validate();
    return parsed;
  }

  private static InternetAddress sender(String from, String senderName) throws MessagingException {
    InternetAddress address = new InternetAddress(from, true);
    if (address.getPersonal() == null && senderName != null && !senderName.isBlank()) {
      try {
        address.setPersonal(senderName, UTF_8);
      } catch (UnsupportedEncodingException e) {
        throw new MessagingException("UTF-8 is always supported", e);
      }
    }
    return address;
  }

  /** A MIME message that keeps the outbox's Message-ID instead of making a new one. */
  private static final class StableIdMessage extends MimeMessage {

    private final String messageId;

    StableIdMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
