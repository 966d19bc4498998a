package app.roster.messaging.entity;

/**
 * How a message reaches its recipient. Each channel has its transports; a channel without a
 * configured transport keeps its messages as captured, readable in the outbox.
 */
public enum Channel {
  EMAIL,
  SMS
}
