package app.roster.invitations;

import app.roster.members.Member;
import java.time.Instant;

/** An invitation as the API shows it: ids as numbers, times as ISO-8601 instants. */
public record InvitationJson(
    long id,
    String email,
    String role,
    String status,
    Long memberId,
    Long inviterId,
    String inviterName,
    Instant sentAt,
    Instant expiresAt,
    Instant remindedAt,
    Instant acceptedAt,
    long version) {

  public static InvitationJson of(Invitation invitation) {
    Member member = invitation.getMember();
    Member inviter = invitation.getInviter();
    return new InvitationJson(
        invitation.getId(),
        invitation.getEmail(),
        invitation.getRole().getName(),
        invitation.getStatus().word(),
        member == null ? null : member.getId(),
        inviter == null ? null : inviter.getId(),
        inviter == null ? null : inviter.getName(),
        invitation.getSentAt(),
        invitation.getExpiresAt(),
        invitation.getRemindedAt(),
        invitation.getAcceptedAt(),
        invitation.getVersion());
  }
}
