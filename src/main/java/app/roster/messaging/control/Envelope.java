package app.roster.messaging.control;

import app.roster.messaging.entity.Channel;
import app.roster.messaging.entity.OutboxMessage;
import java.time.Instant;

/**
 * A claimed message as the transports see it, detached from the database: what to send, to whom,
 * and until when the claim holds. A capture-only message (to a test member) is never handed to a
 * transport.
 */
public record Envelope(
    long id,
    String messageId,
    Channel channel,
    String recipient,
    String subject,
    String text,
    String html,
    int attempts,
    String claim,
    Instant claimedUntil,
    boolean captureOnly) {

  /** A message for delivery by its channel's transport (when one is configured). */
  public Envelope(
      long id,
      String messageId,
      Channel channel,
      String recipient,
      String subject,
      String text,
      String html,
      int attempts,
      String claim,
      Instant claimedUntil) {
    this(
        id,
        messageId,
        channel,
        recipient,
        subject,
        text,
        html,
        attempts,
        claim,
        claimedUntil,
        false);
  }

  static Envelope of(OutboxMessage m) {
    return new Envelope(
        m.getId(),
        m.getMessageId(),
        m.getChannel(),
        m.getRecipient(),
        m.getSubject(),
        m.getTextBody(),
        m.getHtmlBody(),
        m.getAttempts(),
        m.getClaimedBy(),
        m.getClaimedUntil(),
        m.isCaptureOnly());
  }
}
