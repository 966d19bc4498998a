package app.roster.messaging.boundary;

import app.roster.messaging.entity.Channel;
import app.roster.messaging.entity.MessageStatus;
import app.roster.messaging.entity.OutboxMessage;
import java.io.Serializable;
import java.time.Instant;

/**
 * One outbox message as the console and the API show it. The bodies are there only for captured
 * messages (which exist to be read here); the next attempt only while one is planned.
 */
public record OutboxEntry(
    long id,
    Channel channel,
    String recipient,
    String subject,
    MessageStatus status,
    int attempts,
    String lastError,
    Instant createdAt,
    Instant sentAt,
    Instant nextAttemptAt,
    String textBody,
    String htmlBody)
    implements Serializable {

  static OutboxEntry of(OutboxMessage m) {
    boolean captured = m.getStatus() == MessageStatus.CAPTURED;
    boolean waiting = m.getStatus() == MessageStatus.PENDING;
    return new OutboxEntry(
        m.getId(),
        m.getChannel(),
        m.getRecipient(),
        m.getSubject(),
        m.getStatus(),
        m.getAttempts(),
        m.getLastError(),
        m.getCreatedAt(),
        m.getSentAt(),
        waiting ? m.getNextAttemptAt() : null,
        captured ? m.getTextBody() : null,
        captured ? m.getHtmlBody() : null);
  }

  /** Pending after a failed attempt: the console says it is waiting for the next one. */
  public boolean isWaiting() {
    return status == MessageStatus.PENDING && attempts > 0;
  }

  public boolean hasHtml() {
    return htmlBody != null;
  }
}
