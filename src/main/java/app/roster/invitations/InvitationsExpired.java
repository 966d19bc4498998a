package app.roster.invitations;

import java.util.List;

/**
 * The expiry timer marked a batch of overdue invitations expired: fired once per batch in its
 * transaction, listing exactly the invitations this batch changed, for the audit trail and the
 * notices to their inviters. {@code batch} marks the batch's rows (invitation.expiry_batch).
 */
public record InvitationsExpired(String batch, List<Item> invitations) {

  /** One expired invitation: whom it was for, and who sent it (null when nobody is known). */
  public record Item(long invitationId, Long memberId, String email, Long inviterId) {}
}
