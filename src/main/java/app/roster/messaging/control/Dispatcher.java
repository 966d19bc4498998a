package app.roster.messaging.control;

import app.roster.messaging.entity.Channel;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers what the outbox holds. It runs on every instance: every five seconds from a
 * non-persistent timer, and at once after a transaction that queued a message commits. Each run
 * claims due messages in batches ({@link OutboxStore}) and hands them to the transport of their
 * channel, or captures them when that channel has none configured. While batches come back full,
 * more runs join, up to {@code roster.outbox.senders} per instance, each claiming batches of its
 * own (a claim is safe between instances, so between threads too); a wake-up during a run makes it
 * go round once more.
 *
 * <p>What it promises: <b>nothing is lost</b> — a message exists exactly when the change that
 * queued it committed, and it stays in the outbox until a server accepted it, it was captured, or
 * it failed for good (a 5xx refusal, or {@code roster.outbox.max-attempts} attempts with doubling
 * delays), each visible in Settings → Outbox. A claim lasts {@code roster.outbox.lease}; when an
 * instance stops in the middle of a batch, its messages fall due again when the claim runs out and
 * another instance (or this one, restarted) takes them. <b>Nothing is sent twice</b> — only one
 * claim can hold a message, a claim is only written back by its holder, and the dispatcher starts a
 * delivery only while its claim has more than the transport's longest send time left. One window
 * remains: a crash (or a lost database) after the server accepted messages but before SENT was
 * recorded, which happens once per batch ({@code roster.outbox.batch-size}). Those messages are
 * sent again after the claim runs out, with the same Message-ID header, so mail clients and servers
 * that deduplicate drop them. Instances are expected to keep their clocks in step (NTP); the lease
 * leaves minutes of margin.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Dispatcher {

  private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());

  /** Batches per run (thousands of messages); the timer's next run goes on with a backlog. */
  private static final int MAX_BATCHES_PER_RUN = 200;

  @Inject OutboxStore store;

  @Inject DispatchSettings settings;

  @Inject @Any Instance<MessageTransport> transports;

  @Inject Clock clock;

  @Resource ManagedExecutorService executor;

  private final String instance = UUID.randomUUID().toString().substring(0, 8);
  private final AtomicLong claims = new AtomicLong();
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicBoolean requested = new AtomicBoolean();
  private volatile boolean stopping;
  private volatile Instant lastTick;

  @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "outbox")
  void tick() {
    lastTick = clock.instant();
    requested.set(true);
    drain();
  }

  /** Asks for a run soon, without waiting for it: called after a message is queued. */
  public void wake() {
    requested.set(true);
    startRun();
  }

  private void startRun() {
    if (running.get() < settings.senders() && !stopping) {
      try {
        executor.execute(this::drain);
      } catch (RejectedExecutionException e) {
        LOG.log(Level.FINE, "Dispatch after commit deferred to the timer", e);
      }
    }
  }

  /** When the timer last started a run here; empty before the first. */
  public Optional<Instant> lastTick() {
    return Optional.ofNullable(lastTick);
  }

  @PreDestroy
  void stop() {
    stopping = true;
  }

  private void drain() {
    while (!stopping && requested.get() && enter()) {
      try {
        requested.set(false);
        deliverDue();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Outbox run stopped early; the next run goes on from there", e);
      } finally {
        running.decrementAndGet();
      }
    }
  }

  /** Counts this run in, unless as many runs as allowed are going already. */
  private boolean enter() {
    int now;
    do {
      now = running.get();
      if (now >= settings.senders()) {
        return false;
      }
    } while (!running.compareAndSet(now, now + 1));
    return true;
  }

  private void deliverDue() {
    int size = settings.batchSize();
    for (int batch = 0; batch < MAX_BATCHES_PER_RUN && !stopping; batch++) {
      Instant now = clock.instant();
      OutboxStore.Claim claim = store.claim(nextToken(), now, now.plus(lease()), size);
      if (claim.due() == 0) {
        return;
      }
      if (claim.due() == size) {
        // A backlog: another run may help with the next batches.
        requested.set(true);
        startRun();
      }
      deliverByChannel(claim.envelopes());
    }
  }

  private void deliverByChannel(List<Envelope> envelopes) {
    Map<Channel, List<Envelope>> byChannel = new LinkedHashMap<>();
    List<Envelope> captureOnly = new ArrayList<>();
    for (Envelope e : envelopes) {
      if (e.captureOnly()) {
        captureOnly.add(e);
      } else {
        byChannel.computeIfAbsent(e.channel(), c -> new ArrayList<>()).add(e);
      }
    }
    BatchDelivery delivery =
        new BatchDelivery(store, settings.retryPolicy(), clock, () -> stopping);
    if (!captureOnly.isEmpty()) {
      delivery.capture(captureOnly);
    }
    byChannel.forEach(
        (channel, batch) ->
            transportFor(channel)
                .ifPresentOrElse(t -> delivery.deliver(t, batch), () -> delivery.capture(batch)));
  }

  /** The configured lease, but never less than two of the slowest possible sends. */
  private Duration lease() {
    Duration slowest =
        transports.stream()
            .filter(MessageTransport::isConfigured)
            .map(MessageTransport::longestSend)
            .max(Duration::compareTo)
            .orElse(Duration.ZERO);
    Duration minimum = slowest.multipliedBy(2);
    return settings.lease().compareTo(minimum) >= 0 ? settings.lease() : minimum;
  }

  private Optional<MessageTransport> transportFor(Channel channel) {
    return transports.stream().filter(t -> t.channel() == channel && t.isConfigured()).findFirst();
  }

  private String nextToken() {
    return instance + "-" + claims.incrementAndGet();
  }
}
