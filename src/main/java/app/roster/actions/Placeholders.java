package app.roster.actions;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders of email templates in Actions: {@code {{member.name}}} and the like, with
 * optional spaces inside the braces. A template may only use the names in {@link #NAMES}; a name
 * without a value (a member without a phone) becomes the empty string.
 */
final class Placeholders {

  static final List<String> NAMES =
      List.of(
          "member.id",
          "member.name",
          "member.email",
          "member.phone",
          "member.role",
          "member.type",
          "member.externalId",
          "label",
          "trigger",
          "action");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z.]+)\\s*}}");

  private Placeholders() {}

  /** The placeholder names a template uses that are not known, in order of appearance. */
  static Set<String> unknown(String template) {
    Set<String> unknown = new LinkedHashSet<>();
    if (template == null) {
      return unknown;
    }
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      if (!NAMES.contains(m.group(1))) {
        unknown.add(m.group(1));
      }
    }
    return unknown;
  }

  /** The template with each known placeholder replaced by its value. */
  static String render(String template, Map<String, String> values) {
    if (template == null) {
      return "";
    }
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      String replacement = NAMES.contains(m.group(1)) ? (value == null ? "" : value) : m.group();
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
