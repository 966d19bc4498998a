package app.roster.invitations;

import app.roster.workspace.Workspace;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configuration invitations run on: how long links work (roster.invitation.ttl), when the
 * reminder goes out (roster.invitation.reminder, or "off"), and what the mails say about the
 * workspace (its name through {@link Workspace}, public address, language and time zone). Read
 * once; a bad value stops the deployment with a message naming the key.
 */
@ApplicationScoped
public class InvitationSettings {

  @Inject
  @ConfigProperty(name = "roster.invitation.ttl", defaultValue = "P7D")
  String ttl;

  @Inject
  @ConfigProperty(name = "roster.invitation.reminder", defaultValue = "P2D")
  String reminder;

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

  private InvitationWindow window;
  private Locale mailLocale;
  private ZoneId zone;

  @PostConstruct
  void read() {
    window = InvitationWindow.of(ttl, reminder);
    mailLocale = Locale.forLanguageTag(locale);
    zone = ZoneId.of(timeZone);
  }

  public InvitationWindow window() {
    return window;
  }

  /** The mails, naming the workspace as it is called now (Settings → Workspace can rename it). */
  public InvitationMail mail() {
    return new InvitationMail(workspaceName(), baseUrl, mailLocale, zone);
  }

  public String workspaceName() {
    return workspace.name();
  }

  public String baseUrl() {
    return baseUrl;
  }

  public Locale locale() {
    return mailLocale;
  }
}
