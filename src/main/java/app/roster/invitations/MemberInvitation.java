package app.roster.invitations;

import java.io.Serializable;

/**
 * The invitation a member's action menu offers to resend: its id and where it stands. A class with
 * getters rather than a record, because Jakarta EL 5 reads only bean properties.
 */
public final class MemberInvitation implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final InvitationStatus status;

  public MemberInvitation(long id, InvitationStatus status) {
    this.id = id;
    this.status = status;
  }

  public long getId() {
    return id;
  }

  public InvitationStatus getStatus() {
    return status;
  }

  /** Whether the menu offers "Resend invitation": while pending or after it expired. */
  public boolean isResendable() {
    return status == InvitationStatus.PENDING || status == InvitationStatus.EXPIRED;
  }
}
