package app.roster.invitations;

/**
 * An admin sent, resent or revoked an invitation: fired in that transaction, for the audit trail.
 * The member is the one the invitation completes, when it was attached to one.
 */
public record InvitationChanged(Act act, long invitationId, Long memberId) {

  /** What the admin did. */
  public enum Act {
    SENT,
    RESENT,
    REVOKED
  }
}
