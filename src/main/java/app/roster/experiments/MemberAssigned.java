package app.roster.experiments;

/**
 * An admin put a member into a group by hand (on the profile, in a bulk assignment or over the
 * API): fired in the assigning transaction for the member's audit history. {@code previousGroup}
 * and {@code previousMethod} are null when the member had no group before. Lazy assignments fire
 * nothing (see the README: one per member and experiment, shown on the Experiments tab).
 */
public record MemberAssigned(
    long experimentId,
    String key,
    long memberId,
    String group,
    String previousGroup,
    String previousMethod) {}
