package app.roster.labels;

/** A label with the number of members that carry it, for the Labels page and the API. */
public record LabelUsage(Label label, long members) implements java.io.Serializable {}
