package app.roster.bench;

/**
 * One line of the results table: what was measured, its figures, the target and whether it
 * was met (null when the line has no target of its own).
 */
record Row(String scenario, String what, Stats stats, String target, Boolean met, String note) {

  static Row of(String scenario, String what, Stats stats, String target, Boolean met) {
    return new Row(scenario, what, stats, target, met, "");
  }
}
