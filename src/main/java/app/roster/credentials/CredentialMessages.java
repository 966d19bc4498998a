package app.roster.credentials;

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
 * Writes what a credential change sends: the confirmation link by mail or SMS, and the notice to
 * the old address after an email change. The texts come from the message bundle in the workspace's
 * language; each says who asked, the new value partly masked, and when the link expires, in the
 * workspace's time zone. Mails have a plain-text and an HTML body with the same paragraphs.
 */
public final class CredentialMessages {

  /** A mail ready for the outbox. */
  public record Mail(String subject, String text, String html) {}

  private final String workspace;
  private final String baseUrl;
  private final Locale locale;
  private final ZoneId zone;

  public CredentialMessages(String workspace, String baseUrl, Locale locale, ZoneId zone) {
    this.workspace = workspace;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.locale = locale;
    this.zone = zone;
  }

  public String workspace() {
    return workspace;
  }

  /** The link that opens the confirm page for this token. */
  public String confirmLink(String token) {
    return baseUrl + "/credentials/confirm?token=" + token;
  }

  /** The confirmation mail, to the member's current email. */
  public Mail confirmationMail(
      CredentialKind kind, String requester, String newValue, Instant expiresAt, String token) {
    String field = fieldName(kind);
    String subject = text("credential.mail.subject", field, workspace);
    List<String> before =
        List.of(
            text("credential.mail.greeting"),
            text("credential.mail.asked", requester, workspace, field, masked(kind, newValue)),
            text("credential.mail.action"));
    List<String> after =
        List.of(
            text("credential.mail.expires", when(expiresAt)),
            text("credential.mail.ignore", requester));
    MailBody body = new MailBody().paragraphs(before).link(confirmLink(token)).paragraphs(after);
    return new Mail(subject, body.text(), body.html());
  }

  /** The confirmation by SMS, to the member's current phone: short, one link. */
  public String confirmationSms(
      CredentialKind kind, String requester, String newValue, Instant expiresAt, String token) {
    return text(
        "credential.sms.confirm",
        workspace,
        requester,
        fieldName(kind),
        masked(kind, newValue),
        when(expiresAt),
        confirmLink(token));
  }

  /** The notice to the old address once the sign-in email has changed. */
  public Mail emailChangedNotice(String newEmail, String requester, Instant at) {
    String subject = text("credential.notice.subject", workspace);
    List<String> paragraphs =
        List.of(
            text("credential.mail.greeting"),
            text("credential.notice.changed", workspace, Masks.email(newEmail), when(at)),
            text("credential.notice.contact", requester, workspace));
    MailBody body = new MailBody().paragraphs(paragraphs);
    return new Mail(subject, body.text(), body.html());
  }

  static String masked(CredentialKind kind, String value) {
    return kind == CredentialKind.EMAIL ? Masks.email(value) : Masks.phone(value);
  }

  private String fieldName(CredentialKind kind) {
    return text("credential.field." + kind.field());
  }

  /** A moment as the workspace reads it: "December 11, 2026 at 4:52 PM UTC". */
  String when(Instant moment) {
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
