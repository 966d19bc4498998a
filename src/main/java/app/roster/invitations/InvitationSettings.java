package app.roster.invitations;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configuration invitations run on: how long links work (roster.invitation.ttl), when the
 * reminder goes out (roster.invitation.reminder, or "off"), and what the mails say about the
 * workspace (its name, public address, language and time zone). Read once; a bad value stops the
 * deployment with a message naming the key.
 */
@ApplicationScoped
public class InvitationSettings {

  @Inject
  @ConfigProperty(name = "roster.invitation.ttl", defaultValue = "P7D")
  String ttl;

  @Inject
  @ConfigProperty(name = "roster.invitation.reminder", defaultValue = "P2D")
  String reminder;

  @Inject
  @ConfigProperty(name = "roster.workspace.name", defaultValue = "Roster")
  String workspaceName;

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
  private InvitationMail mail;

  @PostConstruct
  void read() {
    window = InvitationWindow.of(ttl, reminder);
    mail =
        new InvitationMail(
            workspaceName, baseUrl, Locale.forLanguageTag(locale), ZoneId.of(timeZone));
  }

  public InvitationWindow window() {
    return window;
  }

  public InvitationMail mail() {
    return mail;
  }

  public String workspaceName() {
    return workspaceName;
  }
}
