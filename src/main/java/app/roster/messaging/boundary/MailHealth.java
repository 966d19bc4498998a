package app.roster.messaging.boundary;

import app.roster.messaging.control.MailSettings;
import app.roster.messaging.control.OutboxStore;
import app.roster.messaging.control.SmtpTransport;
import app.roster.messaging.entity.MessageStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the mail transport in /health: in captured mode always UP; with an SMTP server, UP when
 * Roster can connect and log in within the configured timeout. Either way it tells how many
 * messages wait and how many failed for good. The server is contacted with a three-second timeout,
 * and at most every 15 seconds however often the probe asks.
 *
 * <p>Mail is a readiness check: an orchestrator that should keep serving pages while the mail
 * server is away probes /health/live instead; the outbox keeps the mail meanwhile.
 */
@Readiness
@ApplicationScoped
public class MailHealth implements HealthCheck {

  private static final Logger LOG = Logger.getLogger(MailHealth.class.getName());

  private static final Duration RECHECK_AFTER = Duration.ofSeconds(15);

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

  @Inject MailSettings settings;

  @Inject SmtpTransport smtp;

  @Inject OutboxStore store;

  @Inject Clock clock;

  private Instant checkedAt;
  private String problem;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("mail");
    try {
      response
          .withData(
              "waiting", store.count(MessageStatus.PENDING) + store.count(MessageStatus.SENDING))
          .withData("failed", store.count(MessageStatus.FAILED));
    } catch (RuntimeException e) {
      // The database check reports the outage; the mail check still tells about the server.
      response.withData("waiting", "unknown");
    }
    if (!settings.isConfigured()) {
      return response.withData("mode", "captured").up().build();
    }
    response.withData("mode", "smtp").withData("server", settings.server());
    String reason = serverProblem();
    return reason == null
        ? response.up().build()
        : response.withData("error", reason).down().build();
  }

  /** Null when the server answered and accepted the login, else what went wrong. */
  private synchronized String serverProblem() {
    Instant now = clock.instant();
    if (checkedAt == null || !now.isBefore(checkedAt.plus(RECHECK_AFTER))) {
      problem = connectOnce();
      checkedAt = now;
    }
    return problem;
  }

  private String connectOnce() {
    try (Transport transport = smtp.connect(CONNECT_TIMEOUT)) {
      return null;
    } catch (MessagingException e) {
      LOG.log(Level.FINE, "Mail health check could not reach " + settings.server(), e);
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return message.replaceAll("\\s+", " ").strip();
    }
  }
}
