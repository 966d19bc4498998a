package app.roster.messaging.boundary;

import java.util.List;

/**
 * The body of a mail Roster writes: paragraphs around at most one link, as plain text and as the
 * matching HTML with every piece of text escaped. Invitations, join requests and the outbox's test
 * mail compose their mails here, so no feature writes HTML by hand.
 */
public final class MailBody {

  private final StringBuilder text = new StringBuilder();
  private final StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><body>\n");

  public MailBody paragraphs(List<String> paragraphs) {
    paragraphs.forEach(this::paragraph);
    return this;
  }

  public MailBody paragraph(String paragraph) {
    text.append(paragraph).append("\n\n");
    html.append("<p>").append(escape(paragraph)).append("</p>\n");
    return this;
  }

  /** A link on a line of its own; nothing when {@code url} is null. */
  public MailBody link(String url) {
    if (url != null) {
      text.append(url).append("\n\n");
      String href = escape(url);
      html.append("<p><a href=\"").append(href).append("\">").append(href).append("</a></p>\n");
    }
    return this;
  }

  public String text() {
    return text.toString().strip() + "\n";
  }

  public String html() {
    return html + "</body></html>\n";
  }

  /** Text made safe for HTML, in element content and in quoted attributes alike. */
  static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
