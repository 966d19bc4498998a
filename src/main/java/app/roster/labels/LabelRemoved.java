package app.roster.labels;

/**
 * A label was taken off a member: fired in the changing transaction, once per member and label that
 * actually changed. Deleting a label altogether fires {@link LabelDeleted} instead, not one of
 * these per member.
 */
public record LabelRemoved(long memberId, long labelId, String label) {}
