package app.roster.messaging.entity;

/**
 * How a message reaches its recipient. Each channel has its transports; a channel without a
 * configured transport keeps its messages as captured, readable in the outbox.
 */
public enum Channel {
  EMAIL,
  SMS,
  /**
   * An HTTP POST of a JSON body to a URL (the recipient), for Actions; the subject holds the value
   * of the signature header (sha256=...), computed when the message was queued.
   */
  WEBHOOK
}
