package app.roster.messaging.control;

import app.roster.messaging.entity.MessageStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers one claimed batch of one channel and writes back what happened to each message: SENT,
 * CAPTURED, PENDING again with the next attempt after a failure, or FAILED when the server refused
 * it for good or the attempts are used up. A message whose claim would run out during the send is
 * handed back untried, so a slow batch never overlaps with another instance's claim; when the
 * server cannot be reached at all, the rest of the batch waits without each message trying.
 */
final class BatchDelivery {

  private static final Logger LOG = Logger.getLogger(BatchDelivery.class.getName());

  private final OutboxStore store;
  private final RetryPolicy policy;
  private final Clock clock;
  private final BooleanSupplier stopping;

  BatchDelivery(OutboxStore store, RetryPolicy policy, Clock clock, BooleanSupplier stopping) {
    this.store = store;
    this.policy = policy;
    this.clock = clock;
    this.stopping = stopping;
  }

  /** Keeps the messages readable in the outbox: their channel has no transport configured. */
  void capture(List<Envelope> batch) {
    for (Envelope e : batch) {
      if (store.delivered(e, MessageStatus.CAPTURED, clock.instant())) {
        LOG.log(
            Level.INFO,
            "Outbox message {0,number,#} captured ({1})",
            new Object[] {e.id(), e.channel()});
      }
    }
  }

  /**
   * Sends the batch on one connection. What was sent is written back with one statement at the end
   * of the batch (or when it stops early), not one transaction per message: the claim outlasts
   * every send it allowed to start, so it still holds when the batch is recorded.
   */
  void deliver(MessageTransport transport, List<Envelope> batch) {
    List<Envelope> sent = new ArrayList<>(batch.size());
    try (MessageTransport.Sender sender = transport.open()) {
      for (int i = 0; i < batch.size(); i++) {
        Envelope e = batch.get(i);
        if (stopping.getAsBoolean() || claimEndsDuringSend(e, transport)) {
          store.release(batch.subList(i, batch.size()), clock.instant());
          return;
        }
        if (!policy.allows(e.attempts())) {
          giveUp(e, "The last attempt was interrupted (its instance stopped while sending)");
          continue;
        }
        try {
          sender.deliver(e);
          sent.add(e);
        } catch (DeliveryFailed failure) {
          recordFailure(e, failure);
          if (failure.isServerUnreachable()) {
            batch.subList(i + 1, batch.size()).forEach(rest -> recordFailure(rest, failure));
            return;
          }
        } catch (RuntimeException bug) {
          LOG.log(Level.WARNING, "Outbox message " + e.id() + " broke its transport", bug);
          recordFailure(e, DeliveryFailed.retryable(bug.getClass().getSimpleName()));
        }
      }
    } finally {
      recordSent(sent, transport);
    }
  }

  private boolean claimEndsDuringSend(Envelope e, MessageTransport transport) {
    return clock.instant().plus(transport.longestSend()).isAfter(e.claimedUntil());
  }

  private void recordSent(List<Envelope> sent, MessageTransport transport) {
    Map<String, List<Long>> byClaim = new LinkedHashMap<>();
    sent.forEach(e -> byClaim.computeIfAbsent(e.claim(), c -> new ArrayList<>()).add(e.id()));
    byClaim.forEach(
        (claim, ids) -> {
          int recorded = store.sent(claim, ids, clock.instant());
          LOG.log(
              Level.INFO,
              "Outbox messages {0} sent through {1}",
              new Object[] {ids, transport.describe()});
          if (recorded < ids.size()) {
            LOG.log(
                Level.WARNING,
                "{0} of the outbox messages {1} were sent, but their claim had run out and another"
                    + " instance took them over; they may arrive twice (same Message-ID). Raise"
                    + " roster.outbox.lease if this repeats.",
                new Object[] {ids.size() - recorded, ids});
          }
        });
  }

  private void recordFailure(Envelope e, DeliveryFailed failure) {
    Optional<Instant> next =
        failure.isPermanent() ? Optional.empty() : policy.nextAttempt(e.attempts(), clock);
    if (next.isEmpty()) {
      giveUp(e, failure.getMessage());
      return;
    }
    store.attemptFailed(e, failure.getMessage(), next.get(), clock.instant());
    LOG.log(
        Level.WARNING,
        "Outbox message {0,number,#} not delivered on attempt {1}, next attempt at {2}: {3}",
        new Object[] {e.id(), e.attempts(), next.get(), failure.getMessage()});
  }

  private void giveUp(Envelope e, String reason) {
    store.attemptFailed(e, reason, null, clock.instant());
    LOG.log(
        Level.WARNING,
        "Outbox message {0,number,#} failed for good after {1} attempts: {2}",
        new Object[] {e.id(), e.attempts(), reason});
  }
}
