package app.roster.members;

/** An Owner exported a member's data for a privacy request: recorded in the audit trail. */
public record MemberExported(long memberId) {}
