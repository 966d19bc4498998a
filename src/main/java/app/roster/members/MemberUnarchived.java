package app.roster.members;

/** An archived member was brought back: fired in that transaction, for the audit trail. */
public record MemberUnarchived(long memberId) {}
