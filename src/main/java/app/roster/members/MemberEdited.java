package app.roster.members;

import java.util.Map;
import java.util.Objects;

/**
 * An admin saved changes to a member: fired in the saving transaction with the member's facts
 * before and after, for the audit trail (which records the fields that changed).
 */
public record MemberEdited(long memberId, Map<String, String> before, Map<String, String> after) {

  public boolean roleChanged() {
    return !Objects.equals(before.get("role"), after.get("role"));
  }
}
