package app.roster.invitations;

import app.roster.members.Member;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An invitation as Settings → Invitations lists it: display values only, small and serialisable. A
 * class with getters rather than a record, because Jakarta EL 5 reads only bean properties.
 */
public final class InvitationRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final long id;
  private final String email;
  private final String role;
  private final InvitationStatus status;
  private final String inviter;
  private final String sentAt;
  private final String expiresAt;

  private InvitationRow(Invitation invitation) {
    Member by = invitation.getInviter();
    this.id = invitation.getId();
    this.email = invitation.getEmail();
    this.role = invitation.getRole().getName();
    this.status = invitation.getStatus();
    this.inviter = by == null ? null : by.getName();
    this.sentAt = time(invitation.getSentAt());
    this.expiresAt = time(invitation.getExpiresAt());
  }

  static InvitationRow of(Invitation invitation) {
    return new InvitationRow(invitation);
  }

  private static String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }

  public long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getRole() {
    return role;
  }

  public InvitationStatus getStatus() {
    return status;
  }

  /** The status as the message bundle names it: "pending", "accepted", ... */
  public String getStatusWord() {
    return status.word();
  }

  /** The colour of the status tag. */
  public String getSeverity() {
    return switch (status) {
      case PENDING -> "info";
      case ACCEPTED -> "success";
      case EXPIRED -> "warning";
      case REVOKED -> "danger";
    };
  }

  public String getInviter() {
    return inviter;
  }

  public String getSentAt() {
    return sentAt;
  }

  public String getExpiresAt() {
    return expiresAt;
  }

  public boolean isResendable() {
    return status == InvitationStatus.PENDING || status == InvitationStatus.EXPIRED;
  }

  public boolean isRevocable() {
    return status == InvitationStatus.PENDING || status == InvitationStatus.EXPIRED;
  }
}
