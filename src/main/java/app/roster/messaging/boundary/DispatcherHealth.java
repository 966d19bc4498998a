package app.roster.messaging.boundary;

import app.roster.messaging.control.Dispatcher;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * Reports in /health/live whether the outbox dispatcher's timer still fires on this instance. It
 * ticks every five seconds; silence for a minute means the timer service stopped, and a restart of
 * the instance is the cure.
 */
@Liveness
@ApplicationScoped
public class DispatcherHealth implements HealthCheck {

  private static final Duration SILENCE_LIMIT = Duration.ofMinutes(1);

  @Inject Dispatcher dispatcher;

  @Inject Clock clock;

  private Instant startedAt;

  @PostConstruct
  void start() {
    startedAt = clock.instant();
  }

  @Override
  public HealthCheckResponse call() {
    Instant now = clock.instant();
    Instant last = dispatcher.lastTick().orElse(null);
    HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox-dispatcher");
    if (last != null) {
      response.withData("lastRun", last.toString());
    }
    Instant since = last == null ? startedAt : last;
    boolean alive = Duration.between(since, now).compareTo(SILENCE_LIMIT) < 0;
    return response.status(alive).build();
  }
}
