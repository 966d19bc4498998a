package app.roster.messaging.control;

import app.roster.messaging.entity.Channel;
import java.time.Duration;

/**
 * A way out of Roster for one channel: SMTP for email, an SMS gateway later. The dispatcher opens a
 * sender per batch (so a transport can keep one connection for the batch) and hands it the claimed
 * messages one at a time. A channel whose transports are all unconfigured has its messages captured
 * in the outbox instead.
 */
public interface MessageTransport {

  Channel channel();

  /** Whether this transport has what it needs (a server address) to deliver. */
  boolean isConfigured();

  /** Where it delivers to, for logs and health: "smtp 127.0.0.1:3025". Never a secret. */
  String describe();

  /** The longest one delivery can take, with every timeout; claims must outlast it. */
  Duration longestSend();

  Sender open();

  /** Delivers the messages of one batch; closing it closes its connection. */
  interface Sender extends AutoCloseable {

    void deliver(Envelope envelope) throws DeliveryFailed;

    @Override
    void close();
  }
}
