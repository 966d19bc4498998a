package app.roster.messaging.control;

import static org.assertj.core.api.Assertions.assertThat;

import app.roster.messaging.entity.Channel;
import app.roster.messaging.entity.MessageStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchDeliveryTest {

  private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final RetryPolicy POLICY =
      new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 3);

  private final RecordingStore store = new RecordingStore();
  private final ScriptedTransport transport = new ScriptedTransport();
  private final BatchDelivery delivery = new BatchDelivery(store, POLICY, CLOCK, () -> false);

  @Test
  void acceptedMessagesAreRecordedAsSent() {
    delivery.deliver(transport, List.of(envelope(1, 1), envelope(2, 1)));

    assertThat(transport.delivered).containsExactly(1L, 2L);
    assertThat(store.outcomes).containsExactly("1 SENT", "2 SENT");
  }

  @Test
  void aFailedAttemptWaitsForTheBackoff() {
    transport.failures.add(DeliveryFailed.retryable("451 try later"));

    delivery.deliver(transport, List.of(envelope(1, 2)));

    assertThat(store.outcomes).containsExactly("1 PENDING at " + NOW.plusSeconds(60));
    assertThat(store.errors).containsExactly("451 try later");
  }

  @Test
  void theLastAllowedAttemptFailsForGood() {
    transport.failures.add(DeliveryFailed.retryable("451 try later"));

    delivery.deliver(transport, List.of(envelope(1, 3)));

    assertThat(store.outcomes).containsExactly("1 FAILED");
  }

  @Test
  void aPermanentRefusalIsNotRetried() {
    transport.failures.add(DeliveryFailed.permanent("550 no such user"));

    delivery.deliver(transport, List.of(envelope(1, 1), envelope(2, 1)));

    assertThat(store.outcomes).containsExactly("1 FAILED", "2 SENT");
  }

  @Test
  void anUnreachableServerFailsTheRestOfTheBatchWithoutTryingEach() {
    transport.failures.add(DeliveryFailed.unreachable("Connection refused"));

    delivery.deliver(transport, List.of(envelope(1, 1), envelope(2, 1), envelope(3, 2)));

    assertThat(transport.attempted).isEqualTo(1);
    assertThat(store.outcomes)
        .containsExactly(
            "1 PENDING at " + NOW.plusSeconds(30),
            "2 PENDING at " + NOW.plusSeconds(30),
            "3 PENDING at " + NOW.plusSeconds(60));
  }

  @Test
  void aMessageWhoseClaimWouldRunOutIsHandedBackUntried() {
    Envelope late =
        new Envelope(
            2, "<2@x>", Channel.EMAIL, "b@x.test", "s", "t", null, 1, "c", NOW.plusSeconds(10));

    delivery.deliver(transport, List.of(envelope(1, 1), late, envelope(3, 1)));

    assertThat(transport.delivered).containsExactly(1L);
    assertThat(store.outcomes).containsExactlyInAnyOrder("1 SENT", "2 RELEASED", "3 RELEASED");
  }

  @Test
  void aMessageClaimedMoreOftenThanAllowedIsNotSentAgain() {
    delivery.deliver(transport, List.of(envelope(1, 4)));

    assertThat(transport.attempted).isZero();
    assertThat(store.outcomes).containsExactly("1 FAILED");
  }

  @Test
  void stoppingHandsTheBatchBack() {
    BatchDelivery stopping = new BatchDelivery(store, POLICY, CLOCK, () -> true);

    stopping.deliver(transport, List.of(envelope(1, 1)));

    assertThat(transport.attempted).isZero();
    assertThat(store.outcomes).containsExactly("1 RELEASED");
  }

  @Test
  void captureKeepsTheMessages() {
    delivery.capture(List.of(envelope(1, 1)));

    assertThat(store.outcomes).containsExactly("1 CAPTURED");
  }

  private static Envelope envelope(long id, int attempts) {
    return new Envelope(
        id,
        "<" + id + "@x>",
        Channel.EMAIL,
        "a@x.test",
        "subject",
        "text",
        null,
        attempts,
        "claim",
        NOW.plus(Duration.ofMinutes(5)));
  }

  /** The outbox table as far as the delivery writes to it. */
  private static final class RecordingStore extends OutboxStore {
    final List<String> outcomes = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    @Override
    public boolean delivered(Envelope envelope, MessageStatus status, Instant at) {
      outcomes.add(envelope.id() + " " + status);
      return true;
    }

    @Override
    public int sent(String claim, List<Long> ids, Instant at) {
      ids.forEach(id -> outcomes.add(id + " SENT"));
      return ids.size();
    }

    @Override
    public boolean attemptFailed(
        Envelope envelope, String error, Instant nextAttempt, Instant now) {
      outcomes.add(
          envelope.id() + (nextAttempt == null ? " FAILED" : " PENDING at " + nextAttempt));
      errors.add(error);
      return true;
    }

    @Override
    public void release(List<Envelope> envelopes, Instant now) {
      envelopes.forEach(e -> outcomes.add(e.id() + " RELEASED"));
    }
  }

  /** A transport that fails as scripted, then accepts. */
  private static final class ScriptedTransport implements MessageTransport {
    final Deque<DeliveryFailed> failures = new ArrayDeque<>();
    final List<Long> delivered = new ArrayList<>();
    int attempted;

    @Override
    public Channel channel() {
      return Channel.EMAIL;
    }

    @Override
    public boolean isConfigured() {
      return true;
    }

    @Override
    public String describe() {
      return "scripted";
    }

    @Override
    public Duration longestSend() {
      return Duration.ofSeconds(40);
    }

    @Override
    public Sender open() {
      return new Sender() {
        @Override
        public void deliver(Envelope envelope) throws DeliveryFailed {
          attempted++;
          DeliveryFailed failure = failures.poll();
          if (failure != null) {
            throw failure;
          }
          delivered.add(envelope.id());
        }

        @Override
        public void close() {}
      };
    }
  }
}
