package app.roster.joinrequests;

import app.roster.messaging.boundary.MailBody;
import app.roster.platform.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the mails of joining: the link that confirms a request, the note to someone who is a
 * member already, and a declined request's reason. Texts come from the bundle in the workspace's
 * language; each mail has a plain-text and an escaped HTML body, with no images or tracking.
 */
public final class JoinMail {

  /** A mail ready for the outbox. A class with getters, like everything a page might read. */
  public static final class Mail {
    private final String subject;
    private final String text;
    private final String html;

    Mail(String subject, String text, String html) {
      this.subject = subject;
      this.text = text;
      this.html = html;
    }

    public String getSubject() {
      return subject;
    }

    public String getText() {
      return text;
    }

    public String getHtml() {
      return html;
    }
  }

  private final String workspace;
  private final String baseUrl;
  private final Locale locale;

  public JoinMail(String workspace, String baseUrl, Locale locale) {
    this.workspace = workspace;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.locale = locale;
  }

  /** The link that opens the confirmation page for this token. */
  public String confirmLink(String token) {
    return baseUrl + "/join/confirm?token=" + token;
  }

  public Mail confirmation(String name, String token) {
    return mail(
        text("join.mail.confirm.subject", workspace),
        List.of(
            text("join.mail.greeting", name),
            text("join.mail.confirm.text", workspace),
            text("join.mail.confirm.action")),
        confirmLink(token),
        List.of(text("join.mail.confirm.expires"), text("join.mail.ignore")));
  }

  public Mail alreadyMember() {
    return mail(
        text("join.mail.member.subject", workspace),
        List.of(text("join.mail.member.text", workspace), text("join.mail.member.action")),
        baseUrl + "/signin.xhtml",
        List.of(text("join.mail.ignore")));
  }

  public Mail declined(String name, String reason) {
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(text("join.mail.greeting", name));
    paragraphs.add(text("join.mail.declined.text", workspace));
    paragraphs.add(text("join.mail.declined.reason", reason));
    return mail(text("join.mail.declined.subject", workspace), paragraphs, null, List.of());
  }

  private String text(String key, Object... args) {
    return Messages.get(locale, key, args);
  }

  private static Mail mail(String subject, List<String> before, String link, List<String> after) {
    MailBody body = new MailBody().paragraphs(before).link(link).paragraphs(after);
    return new Mail(subject, body.text(), body.html());
  }
}
