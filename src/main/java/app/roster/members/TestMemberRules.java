package app.roster.members;

import app.roster.platform.FieldError;
import app.roster.platform.InvalidInput;
import app.roster.platform.Messages;
import java.time.Instant;
import java.util.Objects;

/**
 * The rules for test members as an admin adds or edits one: a member is a test member from the
 * moment it is added or never; only a test member has an expiry an admin sets, and it lies in the
 * future. (Anonymous members expire too, but by their own rules, not by an admin's edit.)
 */
final class TestMemberRules {

  private TestMemberRules() {}

  /** Marks a member being added as a test member when the draft asks for one. */
  static void apply(Member member, MemberDraft draft, Instant now) {
    if (!draft.isTest()) {
      if (draft.getExpiresAt() != null) {
        throw invalid("expiresAt", "member.expiresAt.onlyTest");
      }
      return;
    }
    member.makeTest(futureOrNull(draft.getExpiresAt(), now));
  }

  /** Applies an edit's expiry to a test member; answers whether it changed. */
  static boolean change(Member member, MemberDraft draft, Instant now) {
    boolean isTest = member.getKind() == MemberKind.TEST;
    if (draft.isTest() != isTest) {
      throw invalid("test", "member.test.fixed");
    }
    if (Objects.equals(draft.getExpiresAt(), member.getExpiresAt())) {
      return false;
    }
    if (!isTest) {
      throw invalid("expiresAt", "member.expiresAt.onlyTest");
    }
    member.expireAt(futureOrNull(draft.getExpiresAt(), now), now);
    return true;
  }

  private static Instant futureOrNull(Instant expiry, Instant now) {
    if (expiry != null && !expiry.isAfter(now)) {
      throw invalid("expiresAt", "member.expiresAt.past");
    }
    return expiry;
  }

  private static InvalidInput invalid(String field, String key) {
    return new InvalidInput(key, new FieldError(field, Messages.get(key)));
  }
}
