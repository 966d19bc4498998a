package app.roster.experiments;

import java.io.Serializable;

/**
 * One batch of assigning everyone who carries a label: how many members it put into the group, and
 * the last member id done (the next batch starts after it); {@code done} once no members are left.
 */
public record LabelledBatch(int assigned, long lastMemberId, boolean done)
    implements Serializable {}
