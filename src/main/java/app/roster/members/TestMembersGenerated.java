package app.roster.members;

/** An admin started generating test members: one audit entry for the whole run. */
public record TestMembersGenerated(long runId, int requested, String role) {}
