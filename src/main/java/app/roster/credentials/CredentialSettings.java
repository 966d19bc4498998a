package app.roster.credentials;

import app.roster.workspace.Workspace;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configuration credential changes run on: how long a confirmation link works
 * (roster.credentials.ttl, 24 hours by default), the region for phones typed without a country
 * code, and what the messages say about the workspace (its name, public address, language and time
 * zone). Read once; a bad value stops the deployment with a message naming the key.
 */
@ApplicationScoped
public class CredentialSettings {

  @Inject
  @ConfigProperty(name = "roster.credentials.ttl", defaultValue = "PT24H")
  String ttl;

  @Inject
  @ConfigProperty(name = "roster.phone.region", defaultValue = "US")
  String phoneRegion;

  @Inject Workspace workspace;

  @Inject
  @ConfigProperty(name = "roster.base-url", defaultValue = "http://localhost:8080")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "roster.workspace.locale", defaultValue = "en")
  String locale;

  @Inject
  @ConfigProperty(name = "roster.workspace.time-zone", defaultValue = "UTC")
  String timeZone;

  private Duration linkLifetime;
  private Locale messageLocale;
  private ZoneId zone;

  @PostConstruct
  void read() {
    try {
      linkLifetime = Duration.parse(ttl);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "roster.credentials.ttl must be an ISO-8601 duration such as PT24H, not " + ttl, e);
    }
    if (linkLifetime.isNegative() || linkLifetime.isZero()) {
      throw new IllegalStateException("roster.credentials.ttl must be longer than zero");
    }
    messageLocale = Locale.forLanguageTag(locale);
    zone = ZoneId.of(timeZone);
  }

  public Duration linkLifetime() {
    return linkLifetime;
  }

  public String phoneRegion() {
    return phoneRegion;
  }

  /** The messages, naming the workspace as it is called now. */
  public CredentialMessages messages() {
    return new CredentialMessages(workspace.name(), baseUrl, messageLocale, zone);
  }
}
