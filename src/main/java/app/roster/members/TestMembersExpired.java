package app.roster.members;

import java.util.List;

/** The expiry timer deleted these test members in one batch: fired in that batch's transaction. */
public record TestMembersExpired(List<Long> memberIds) {}
