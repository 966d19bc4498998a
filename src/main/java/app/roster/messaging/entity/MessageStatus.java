package app.roster.messaging.entity;

/** Where a message stands in the outbox. SENT, CAPTURED and FAILED are final. */
public enum MessageStatus {
  /** Waiting for its first or next attempt, at {@code nextAttemptAt}. */
  PENDING,
  /** Claimed by a dispatcher that is delivering it now, until {@code claimedUntil}. */
  SENDING,
  /** Accepted by the mail server (or SMS gateway). */
  SENT,
  /** Kept in the outbox instead of sent, because no transport is configured for its channel. */
  CAPTURED,
  /** Given up on: the server refused it for good, or every attempt failed. */
  FAILED;

  public boolean isFinal() {
    return this == SENT || this == CAPTURED || this == FAILED;
  }
}
