package app.roster.messaging.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.util.Locale;

/**
 * One message Roster owes someone: an email (or later an SMS) with its recipient, subject and
 * bodies, and where its delivery stands. It is written in the transaction of the change that caused
 * it, so it exists exactly when that change committed; the dispatcher then moves it from PENDING to
 * SENT, CAPTURED or FAILED. The message id stays the same on every attempt and becomes the
 * Message-ID header, so a receiver can drop the rare duplicate.
 */
@Entity
@Table(name = "outbox_message")
@NamedQuery(
    name = OutboxMessage.DUE_IDS,
    query =
        "SELECT m.id FROM OutboxMessage m WHERE m.status = :status AND m.nextAttemptAt <= :now"
            + " ORDER BY m.nextAttemptAt")
@NamedQuery(
    name = OutboxMessage.CLAIM,
    query =
        "UPDATE OutboxMessage m SET m.status = app.roster.messaging.entity.MessageStatus.SENDING,"
            + " m.claimedBy = :claim, m.claimedUntil = :until, m.nextAttemptAt = :until,"
            + " m.attempts = m.attempts + 1"
            + " WHERE m.id IN :ids AND m.status IN :claimable AND m.nextAttemptAt <= :now")
@NamedQuery(
    name = OutboxMessage.CLAIMED,
    query = "SELECT m FROM OutboxMessage m WHERE m.id IN :ids AND m.claimedBy = :claim")
@NamedQuery(
    name = OutboxMessage.DELIVERED,
    query =
        "UPDATE OutboxMessage m SET m.status = :status, m.sentAt = :sentAt, m.lastError = NULL,"
            + " m.claimedBy = NULL, m.claimedUntil = NULL"
            + " WHERE m.id = :id AND m.claimedBy = :claim")
@NamedQuery(
    name = OutboxMessage.DELIVERED_ALL,
    query =
        "UPDATE OutboxMessage m SET m.status = :status, m.sentAt = :sentAt, m.lastError = NULL,"
            + " m.claimedBy = NULL, m.claimedUntil = NULL"
            + " WHERE m.id IN :ids AND m.claimedBy = :claim")
@NamedQuery(
    name = OutboxMessage.ATTEMPT_FAILED,
    query =
        "UPDATE OutboxMessage m SET m.status = :status, m.nextAttemptAt = :next,"
            + " m.lastError = :error, m.claimedBy = NULL, m.claimedUntil = NULL"
            + " WHERE m.id = :id AND m.claimedBy = :claim")
@NamedQuery(
    name = OutboxMessage.RELEASE,
    query =
        "UPDATE OutboxMessage m SET m.status = app.roster.messaging.entity.MessageStatus.PENDING,"
            + " m.nextAttemptAt = :now, m.attempts = m.attempts - 1,"
            + " m.claimedBy = NULL, m.claimedUntil = NULL"
            + " WHERE m.id IN :ids AND m.claimedBy = :claim")
@NamedQuery(
    name = OutboxMessage.COUNT_WITH_STATUS,
    query = "SELECT COUNT(m) FROM OutboxMessage m WHERE m.status = :status")
public class OutboxMessage {

  public static final String DUE_IDS = "OutboxMessage.dueIds";
  public static final String CLAIM = "OutboxMessage.claim";
  public static final String CLAIMED = "OutboxMessage.claimed";
  public static final String DELIVERED = "OutboxMessage.delivered";
  public static final String DELIVERED_ALL = "OutboxMessage.deliveredAll";
  public static final String ATTEMPT_FAILED = "OutboxMessage.attemptFailed";
  public static final String RELEASE = "OutboxMessage.release";
  public static final String COUNT_WITH_STATUS = "OutboxMessage.countWithStatus";

  /** Longest last_error kept; longer errors are cut. */
  public static final int MAX_ERROR_LENGTH = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "outbox_message_ids")
  @TableGenerator(
      name = "outbox_message_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "outbox_message",
      allocationSize = 50)
  private Long id;

  @Column(name = "message_id")
  private String messageId;

  @Enumerated(EnumType.STRING)
  private Channel channel;

  private String recipient;

  @Column(name = "recipient_norm")
  private String recipientNorm;

  private String subject;

  @Lob
  @Column(name = "text_body")
  private String textBody;

  @Lob
  @Column(name = "html_body")
  private String htmlBody;

  @Enumerated(EnumType.STRING)
  private MessageStatus status = MessageStatus.PENDING;

  private int attempts;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "claimed_by")
  private String claimedBy;

  @Column(name = "claimed_until")
  private Instant claimedUntil;

  /** Set for messages to test members: captured in the outbox, never sent. */
  @Column(name = "capture_only")
  private boolean captureOnly;

  @Column(name = "cause_kind")
  private String causeKind;

  @Column(name = "cause_id")
  private Long causeId;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  protected OutboxMessage() {}

  /** A new message, due at once. */
  public OutboxMessage(
      String messageId,
      Channel channel,
      String recipient,
      String subject,
      String textBody,
      String htmlBody,
      Instant now) {
    this.messageId = messageId;
    this.channel = channel;
    this.recipient = recipient;
    this.recipientNorm = normalizeRecipient(recipient);
    this.subject = subject;
    this.textBody = textBody;
    this.htmlBody = htmlBody;
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  /** Remembers what caused the message (an invitation, a credential change), by kind and id. */
  public void causedBy(String kind, Long id) {
    this.causeKind = kind;
    this.causeId = id;
  }

  /** The form recipients are filtered by: lower case, so a prefix matches on every database. */
  public static String normalizeRecipient(String recipient) {
    return recipient == null ? null : recipient.strip().toLowerCase(Locale.ROOT);
  }

  /** An error short enough for the last_error column, on one line. */
  public static String shortError(String error) {
    if (error == null) {
      return null;
    }
    String oneLine = error.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= MAX_ERROR_LENGTH
        ? oneLine
        : oneLine.substring(0, MAX_ERROR_LENGTH - 1) + "\u2026";
  }

  public Long getId() {
    return id;
  }

  public String getMessageId() {
    return messageId;
  }

  public Channel getChannel() {
    return channel;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getTextBody() {
    return textBody;
  }

  public String getHtmlBody() {
    return htmlBody;
  }

  public MessageStatus getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public String getLastError() {
    return lastError;
  }

  public String getClaimedBy() {
    return claimedBy;
  }

  public Instant getClaimedUntil() {
    return claimedUntil;
  }

  public String getCauseKind() {
    return causeKind;
  }

  public Long getCauseId() {
    return causeId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  /** Keeps this message in the outbox as captured, whatever transports are configured. */
  public void captureOnly() {
    this.captureOnly = true;
  }

  public boolean isCaptureOnly() {
    return captureOnly;
  }
}
