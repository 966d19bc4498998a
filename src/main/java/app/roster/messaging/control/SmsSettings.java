package app.roster.messaging.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where text messages go, from configuration. Without roster.sms.gateway.url, SMS are captured in
 * the outbox (readable in Settings → Outbox). With it, they are POSTed to that address as a
 * provider's form API expects (To, From, Body), signed in with HTTP Basic as roster.sms.account and
 * roster.sms.secret, e.g. Twilio's
 * https://api.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json.
 */
@ApplicationScoped
public class SmsSettings {

  @Inject
  @ConfigProperty(name = "roster.sms.gateway.url")
  Optional<String> url;

  @Inject
  @ConfigProperty(name = "roster.sms.account")
  Optional<String> account;

  @Inject
  @ConfigProperty(name = "roster.sms.secret")
  Optional<String> secret;

  @Inject
  @ConfigProperty(name = "roster.sms.from")
  Optional<String> from;

  @Inject
  @ConfigProperty(name = "roster.sms.timeout", defaultValue = "PT10S")
  Duration timeout;

  public boolean isConfigured() {
    return url.filter(u -> !u.isBlank()).isPresent();
  }

  public URI url() {
    return URI.create(url.orElseThrow().strip());
  }

  /** The gateway without path or query, for logs and health: never the account or secret. */
  public String server() {
    if (!isConfigured()) {
      return "";
    }
    URI u = url();
    return u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort());
  }

  public Optional<String> account() {
    return account.filter(a -> !a.isBlank());
  }

  /** The secret, for the one place that signs requests. Never log or show it. */
  String secret() {
    return secret.orElse("");
  }

  public String from() {
    return from.map(String::strip).orElse("");
  }

  public Duration timeout() {
    return timeout;
  }
}
