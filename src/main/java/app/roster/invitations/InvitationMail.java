package app.roster.invitations;

import app.roster.messaging.boundary.MailBody;
import app.roster.platform.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * Writes the invitation and reminder mails: the texts come from the message bundle in the
 * workspace's language, with the workspace, the inviter, the role and the expiry in the workspace's
 * time zone. Each mail has a plain-text and an HTML body with the same paragraphs; everything put
 * into the HTML is escaped, and it holds no images or tracking of any kind.
 */
public final class InvitationMail {

  /** A mail ready for the outbox. */
  public record Mail(String subject, String text, String html) {}

  private final String workspace;
  private final String baseUrl;
  private final Locale locale;
  private final ZoneId zone;

  public InvitationMail(String workspace, String baseUrl, Locale locale, ZoneId zone) {
    this.workspace = workspace;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.locale = locale;
    this.zone = zone;
  }

  /** The link that opens the accept page for this token. */
  public String acceptLink(String token) {
    return baseUrl + "/invitations/accept?token=" + token;
  }

  /** The invitation itself, with the link to accept it. */
  public Mail invitation(String inviter, String role, Instant expiresAt, String token) {
    String link = acceptLink(token);
    String subject = text("invitation.mail.subject", inviter, workspace);
    List<String> before =
        List.of(
            text("invitation.mail.greeting"),
            text("invitation.mail.invited", inviter, workspace, role),
            text("invitation.mail.action"));
    List<String> after =
        List.of(
            text("invitation.mail.expires", expiry(expiresAt), inviter),
            text("invitation.mail.ignore"));
    MailBody body = new MailBody().paragraphs(before).link(link).paragraphs(after);
    return new Mail(subject, body.text(), body.html());
  }

  /**
   * The reminder shortly before expiry. Only the token's hash is kept, so it cannot repeat the
   * link; it points to the first mail and says how to get a new one.
   */
  public Mail reminder(String inviter, String role, Instant sentAt, Instant expiresAt) {
    String subject = text("invitation.reminder.subject", workspace);
    List<String> paragraphs =
        List.of(
            text("invitation.mail.greeting"),
            text("invitation.reminder.text", inviter, workspace, role, expiry(expiresAt)),
            text("invitation.reminder.where", expiry(sentAt), inviter),
            text("invitation.mail.ignore"));
    MailBody body = new MailBody().paragraphs(paragraphs);
    return new Mail(subject, body.text(), body.html());
  }

  /** A moment as the workspace reads it: "December 11, 2026 at 4:52 PM UTC". */
  String expiry(Instant moment) {
    DateTimeFormatter format =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
            .withLocale(locale)
            .withZone(zone);
    return format.format(moment) + " " + zone.getDisplayName(TextStyle.SHORT, locale);
  }

  private String text(String key, Object... args) {
    return Messages.get(locale, key, args);
  }
}
