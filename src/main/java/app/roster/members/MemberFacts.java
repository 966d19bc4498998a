package app.roster.members;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an admin sees and edits about a member, as text by field name, for the audit trail's
 * before/after of an edit. Never holds the password or anything secret.
 */
public final class MemberFacts {

  private MemberFacts() {}

  public static Map<String, String> of(Member member) {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("name", member.getName());
    facts.put("email", member.getEmail());
    facts.put("phone", member.getPhoneE164());
    facts.put(
        "dateOfBirth", member.getDateOfBirth() == null ? null : member.getDateOfBirth().toString());
    facts.put("role", member.getRole() == null ? null : member.getRole().getName());
    facts.put("externalId", member.getExternalId());
    return facts;
  }
}
