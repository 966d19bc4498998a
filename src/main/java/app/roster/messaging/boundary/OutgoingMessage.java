package app.roster.messaging.boundary;

import app.roster.messaging.entity.Channel;
import java.util.Objects;

/**
 * A message a feature wants sent, as it hands it to {@link Outbox#enqueue}: an email with a
 * subject, a plain-text body and optionally an HTML body, or (later) an SMS with a text. It can
 * name what caused it, e.g. {@code causedBy("invitation", 42)}, so the outbox can say why a message
 * exists.
 */
public record OutgoingMessage(
    Channel channel,
    String recipient,
    String subject,
    String text,
    String html,
    String causeKind,
    Long causeId) {

  public OutgoingMessage {
    Objects.requireNonNull(channel, "channel");
    if (recipient == null || recipient.isBlank() || recipient.length() > 320) {
      throw new IllegalArgumentException("A message needs a recipient of at most 320 characters");
    }
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("A message needs a text body");
    }
    if (channel == Channel.EMAIL && (subject == null || subject.isBlank())) {
      throw new IllegalArgumentException("An email needs a subject");
    }
    if (channel == Channel.WEBHOOK && (subject == null || html != null)) {
      throw new IllegalArgumentException("A webhook call needs a signature and has no HTML body");
    }
    if (channel == Channel.SMS && html != null) {
      throw new IllegalArgumentException("An SMS has no HTML body");
    }
    recipient = recipient.strip();
  }

  /** A plain-text email; add an HTML body with {@link #withHtml}. */
  public static OutgoingMessage email(String to, String subject, String text) {
    return new OutgoingMessage(Channel.EMAIL, to, subject, text, null, null, null);
  }

  /** A text message to a phone number in E.164. */
  public static OutgoingMessage sms(String toE164, String text) {
    return new OutgoingMessage(Channel.SMS, toE164, null, text, null, null, null);
  }

  /**
   * A POST of a JSON body to an http(s) URL, with the value of its signature header (see {@link
   * Channel#WEBHOOK}).
   */
  public static OutgoingMessage webhook(String url, String json, String signature) {
    return new OutgoingMessage(Channel.WEBHOOK, url, signature, json, null, null, null);
  }

  /** The same email with an HTML body beside the text (sent as multipart/alternative). */
  public OutgoingMessage withHtml(String htmlBody) {
    return new OutgoingMessage(channel, recipient, subject, text, htmlBody, causeKind, causeId);
  }

  public OutgoingMessage causedBy(String kind, long id) {
    return new OutgoingMessage(channel, recipient, subject, text, html, kind, id);
  }
}
