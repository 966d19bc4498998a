package app.roster.joinrequests;

import app.roster.invitations.Invitation;
import java.time.Instant;

/** A join request as the API shows it: ids as numbers, times as ISO-8601 instants. */
public record JoinRequestJson(
    long id,
    String name,
    String email,
    String message,
    String status,
    Instant requestedAt,
    Instant confirmedAt,
    Instant decidedAt,
    Long invitationId,
    String declineReason,
    long version) {

  public static JoinRequestJson of(JoinRequest request) {
    Invitation invitation = request.getInvitation();
    return new JoinRequestJson(
        request.getId(),
        request.getName(),
        request.getEmail(),
        request.getMessage(),
        request.getStatus().word(),
        request.getCreatedAt(),
        request.getConfirmedAt(),
        request.getDecidedAt(),
        invitation == null ? null : invitation.getId(),
        request.getDeclineReason(),
        request.getVersion());
  }
}
