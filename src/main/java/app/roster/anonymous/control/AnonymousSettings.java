package app.roster.anonymous.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The configuration of inbound contact and anonymous members. */
@ApplicationScoped
public class AnonymousSettings {

  /** The Anonymous tab highlights (and filters to) members that expire within this window. */
  public static final Duration EXPIRING_SOON = Duration.ofDays(7);

  @Inject
  @ConfigProperty(name = "roster.anonymous.ttl", defaultValue = "P30D")
  String ttl;

  @Inject
  @ConfigProperty(name = "roster.inbound.secret")
  Optional<String> secret;

  @Inject
  @ConfigProperty(name = "roster.phone.region", defaultValue = "US")
  String phoneRegion;

  /** How long an unresolved anonymous member lives after its last contact. */
  public Duration lifetime() {
    return Duration.parse(ttl);
  }

  /** The shared secret of the inbound endpoint; empty when none is configured. */
  public Optional<String> inboundSecret() {
    return secret.filter(s -> !s.isBlank());
  }

  public String phoneRegion() {
    return phoneRegion;
  }
}
