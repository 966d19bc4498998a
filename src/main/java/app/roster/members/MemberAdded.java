package app.roster.members;

import java.util.Map;

/** An admin added a member: fired in the adding transaction, for the audit trail. */
public record MemberAdded(long memberId, Map<String, String> facts) {}
