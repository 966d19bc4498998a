package app.roster.testmembers;

/** How far a "Generate N test members" run has come. */
public record TestMemberProgress(long id, int requested, int created) {

  public boolean done() {
    return created >= requested;
  }

  /** Whole percent, for the progress bar. */
  public int percent() {
    return requested == 0 ? 100 : (int) (created * 100L / requested);
  }
}
