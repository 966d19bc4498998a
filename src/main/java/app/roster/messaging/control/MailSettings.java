package app.roster.messaging.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where mail goes, from configuration. Without roster.smtp.host, mail is captured in the outbox.
 * The defaults suit a mail submission service: port 587 with STARTTLS required, so a password never
 * crosses the network in clear text; a local relay or test server without TLS needs
 * roster.smtp.starttls=false. Every network step gives up after roster.smtp.timeout.
 */
@ApplicationScoped
public class MailSettings {

  @Inject
  @ConfigProperty(name = "roster.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "roster.smtp.port", defaultValue = "587")
  int port;

  @Inject
  @ConfigProperty(name = "roster.smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "roster.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "roster.smtp.starttls", defaultValue = "true")
  boolean starttls;

  @Inject
  @ConfigProperty(name = "roster.smtp.timeout", defaultValue = "PT10S")
  Duration timeout;

  @Inject
  @ConfigProperty(name = "roster.mail.from", defaultValue = "roster@localhost")
  String from;

  @Inject
  @ConfigProperty(name = "roster.workspace.name", defaultValue = "Roster")
  String workspaceName;

  private volatile Session session;

  public boolean isConfigured() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  public String host() {
    return host.map(String::strip).orElse("");
  }

  public int port() {
    return port;
  }

  /** The server as host:port, for logs, health and the console. */
  public String server() {
    return host() + ":" + port;
  }

  public Optional<String> user() {
    return user.filter(u -> !u.isBlank());
  }

  /** The password, for the one place that logs in. Never log or show it. */
  String password() {
    return password.orElse(null);
  }

  public boolean starttls() {
    return starttls;
  }

  public Duration timeout() {
    return timeout;
  }

  public String from() {
    return from;
  }

  public String workspaceName() {
    return workspaceName;
  }

  /** The domain of the sender address, used in Message-IDs. */
  public String fromDomain() {
    int at = from.lastIndexOf('@');
    String domain = at < 0 ? "" : from.substring(at + 1).replace(">", "").strip();
    return domain.isEmpty() ? "roster.invalid" : domain;
  }

  /** The Jakarta Mail session for this server, built once. */
  public Session session() {
    Session current = session;
    if (current == null) {
      current = Session.getInstance(sessionProperties(timeout));
      session = current;
    }
    return current;
  }

  /** A session for this server whose every step gives up after {@code stepTimeout}. */
  public Session session(Duration stepTimeout) {
    return Session.getInstance(sessionProperties(stepTimeout));
  }

  Properties sessionProperties(Duration stepTimeout) {
    String millis = String.valueOf(stepTimeout.toMillis());
    Properties p = new Properties();
    p.setProperty("mail.transport.protocol", "smtp");
    p.setProperty("mail.smtp.host", host());
    p.setProperty("mail.smtp.port", String.valueOf(port));
    p.setProperty("mail.smtp.connectiontimeout", millis);
    p.setProperty("mail.smtp.timeout", millis);
    p.setProperty("mail.smtp.writetimeout", millis);
    p.setProperty("mail.smtp.auth", String.valueOf(user().isPresent()));
    p.setProperty("mail.smtp.starttls.enable", String.valueOf(starttls));
    p.setProperty("mail.smtp.starttls.required", String.valueOf(starttls));
    p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
    p.setProperty("mail.mime.charset", "UTF-8");
    return p;
  }
}
