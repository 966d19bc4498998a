package app.roster.actions;

import java.io.Serializable;
import java.time.Instant;

/**
 * Something that happened to a member and may start Actions: the trigger, the member, the label for
 * label triggers, when it happened, and how deep in a chain of Actions it is (1 for a change made
 * by a person or the system, n + 1 for a change made by an Action at depth n).
 */
public record MemberEvent(
    ActionTrigger trigger, long memberId, String label, int depth, Instant occurredAt)
    implements Serializable {}
