package app.roster.invitations;

import java.io.Serializable;

/**
 * How far a bulk invite has come, as the progress page shows it. A class with getters rather than a
 * record, because Jakarta EL 5 reads only bean properties.
 */
public final class BulkProgress implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final String role;
  private final int total;
  private final int processed;
  private final int invited;
  private final int pending;
  private final int members;
  private final int invalid;
  private final boolean done;

  private BulkProgress(BulkInvite bulk) {
    this.id = bulk.getId();
    this.role = bulk.getRole().getName();
    this.total = bulk.getTotal();
    this.processed = bulk.getProcessed();
    this.invited = bulk.getInvited();
    this.pending = bulk.getPending();
    this.members = bulk.getMembers();
    this.invalid = bulk.getInvalid();
    this.done = bulk.isDone();
  }

  static BulkProgress of(BulkInvite bulk) {
    return new BulkProgress(bulk);
  }

  public long getId() {
    return id;
  }

  public String getRole() {
    return role;
  }

  public int getTotal() {
    return total;
  }

  public int getProcessed() {
    return processed;
  }

  /** Whole percent done, for the progress bar. */
  public int getPercent() {
    return total == 0 ? 100 : (int) ((long) processed * 100 / total);
  }

  public int getInvited() {
    return invited;
  }

  public int getPending() {
    return pending;
  }

  public int getMembers() {
    return members;
  }

  public int getInvalid() {
    return invalid;
  }

  public boolean isDone() {
    return done;
  }
}
