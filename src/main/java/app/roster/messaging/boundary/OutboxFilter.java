package app.roster.messaging.boundary;

import app.roster.messaging.entity.Channel;
import app.roster.messaging.entity.MessageStatus;
import java.io.Serializable;

/** Which outbox messages to list: a recipient prefix, a channel, a status; each optional. */
public record OutboxFilter(String recipientPrefix, Channel channel, MessageStatus status)
    implements Serializable {

  public static final OutboxFilter ALL = new OutboxFilter(null, null, null);
}
