package app.roster.messaging.control;

import app.roster.messaging.entity.Channel;

/** A message was written to the outbox in the current transaction. */
public record MessageQueued(long id, Channel channel) {}
