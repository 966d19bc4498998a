package app.roster.testmembers;

import java.io.Serializable;

/** How far a "Generate N test members" run has come. */
public record TestMemberProgress(long id, int requested, int created) implements Serializable {

  public boolean done() {
    return created >= requested;
  }

  /** Whole percent, for the progress bar. */
  public int percent() {
    return requested == 0 ? 100 : (int) (created * 100L / requested);
  }
}
