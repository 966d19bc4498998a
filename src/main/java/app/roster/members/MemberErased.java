package app.roster.members;

/**
 * A member's personal data was erased for a privacy request: fired in the erasing transaction after
 * the member's own fields were replaced. Features that keep personal data about a member elsewhere
 * (contact events, say) observe it and remove theirs in the same transaction.
 */
public record MemberErased(long memberId, String formerEmailNorm, String formerPhoneE164) {}
