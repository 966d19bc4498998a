package app.roster.experiments;

import java.io.Serializable;

/**
 * One group's results at a glance: its weight as a share of all weights (what new members get), how
 * many members are in it, and their share of everyone assigned (what was observed).
 */
public record GroupResult(
    String name, int weight, double expectedShare, long members, double observedShare)
    implements Serializable {}
