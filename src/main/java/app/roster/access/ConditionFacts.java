package app.roster.access;

import app.roster.members.Member;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A member as a condition sees it: the value of the CEL variable {@code member}. Numbers are CEL
 * ints (Java long); text that is unknown is the empty string; the date of birth and the age are
 * left out when unknown, so that {@code has(member.age)} tells whether there is one.
 */
public final class ConditionFacts {

  private ConditionFacts() {}

  public static Map<String, Object> of(Member member, Collection<String> labels, Clock clock) {
    Map<String, Object> facts = new HashMap<>(16);
    facts.put("id", member.getId() == null ? 0L : member.getId());
    facts.put("name", text(member.getName()));
    facts.put("email", text(member.getEmail()));
    facts.put("emailDomain", domainOf(member.getEmailNorm()));
    facts.put("phone", text(member.getPhoneE164()));
    facts.put("role", member.getRole() == null ? "" : member.getRole().getName());
    facts.put("type", member.getType() == null ? "" : member.getType().word());
    facts.put("labels", List.copyOf(labels));
    Integer age = member.age(clock);
    if (age != null) {
      facts.put("age", age.longValue());
      facts.put("dateOfBirth", member.getDateOfBirth().toString());
    }
    facts.put("externalId", text(member.getExternalId()));
    facts.put("status", member.getStatus().name().toLowerCase(Locale.ROOT));
    if (member.getCreatedAt() != null) {
      facts.put("createdAt", member.getCreatedAt());
    }
    return facts;
  }

  static String domainOf(String emailNorm) {
    if (emailNorm == null) {
      return "";
    }
    int at = emailNorm.lastIndexOf('@');
    return at < 0 ? "" : emailNorm.substring(at + 1);
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
