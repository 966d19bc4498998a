package app.roster.joinrequests;

import app.roster.platform.HourlyLimit;
import app.roster.platform.TooManyRequests;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How often /join may be used: per email (roster.join.limit.per-email-per-hour) and per client
 * address (roster.join.limit.per-address-per-hour), counted over the attempts recorded in the
 * database, so several instances share the count. Members' and strangers' emails count alike.
 */
@ApplicationScoped
public class JoinLimits {

  private static final Logger LOG = Logger.getLogger(JoinLimits.class.getName());

  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "roster.join.limit.per-email-per-hour", defaultValue = "5")
  int perEmail;

  @Inject
  @ConfigProperty(name = "roster.join.limit.per-address-per-hour", defaultValue = "20")
  int perAddress;

  private HourlyLimit emailLimit;
  private HourlyLimit addressLimit;

  @PostConstruct
  void read() {
    emailLimit = HourlyLimit.perHour(perEmail);
    addressLimit = HourlyLimit.perHour(perAddress);
  }

  /** Refuses the attempt when either limit is reached; otherwise records it. */
  public void attempt(String emailNorm, String clientAddress, Instant now) {
    Optional<Duration> wait =
        retryAfter(JoinAttempt.RECENT_BY_ADDRESS, clientAddress, addressLimit, now)
            .or(() -> retryAfter(JoinAttempt.RECENT_BY_EMAIL, emailNorm, emailLimit, now));
    if (wait.isPresent()) {
      LOG.log(Level.INFO, "A join request from {0} was refused: too many", clientAddress);
      throw new TooManyRequests("join.limit", wait.get());
    }
    em.persist(new JoinAttempt(emailNorm, clientAddress, now));
  }

  private Optional<Duration> retryAfter(String query, String key, HourlyLimit limit, Instant now) {
    List<Instant> recent =
        em.createNamedQuery(query, Instant.class)
            .setParameter("key", key)
            .setParameter("since", limit.windowStart(now))
            .setParameter("now", now)
            .setMaxResults(limit.max())
            .getResultList();
    return limit.retryAfter(recent, now);
  }
}
