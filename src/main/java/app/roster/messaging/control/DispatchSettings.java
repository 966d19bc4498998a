package app.roster.messaging.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the dispatcher paces itself, from configuration: the retry policy, how many messages one
 * claim takes, and how long a claim holds before another instance may take the messages over.
 */
@ApplicationScoped
public class DispatchSettings {

  @Inject
  @ConfigProperty(name = "roster.outbox.retry-base", defaultValue = "PT30S")
  Duration retryBase;

  @Inject
  @ConfigProperty(name = "roster.outbox.retry-max", defaultValue = "PT1H")
  Duration retryMax;

  @Inject
  @ConfigProperty(name = "roster.outbox.max-attempts", defaultValue = "10")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "roster.outbox.batch-size", defaultValue = "20")
  int batchSize;

  @Inject
  @ConfigProperty(name = "roster.outbox.lease", defaultValue = "PT5M")
  Duration lease;

  @Inject
  @ConfigProperty(name = "roster.outbox.senders", defaultValue = "4")
  int senders;

  public RetryPolicy retryPolicy() {
    return new RetryPolicy(retryBase, retryMax, maxAttempts);
  }

  public int batchSize() {
    return Math.max(1, Math.min(batchSize, 500));
  }

  /** How many batches one instance delivers at once, each on its own connection. */
  public int senders() {
    return Math.max(1, Math.min(senders, 32));
  }

  public Duration lease() {
    return lease;
  }
}
