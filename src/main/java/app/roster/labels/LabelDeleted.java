package app.roster.labels;

/** An admin deleted a label; {@code members} is how many members carried it until then. */
public record LabelDeleted(long labelId, String label, long members) {}
