package app.roster.invitations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;

/**
 * That an admin sent an invitation by hand, first or again, at a moment: what the hourly limits
 * count. Bulk invites write none, as they have a cap of their own.
 */
@Entity
@Table(name = "invitation_send")
@NamedQuery(
    name = InvitationSend.RECENT_INVITES,
    query =
        "SELECT s.sentAt FROM InvitationSend s WHERE s.inviterId = :inviter AND s.kind = :kind"
            + " AND s.sentAt > :since AND s.sentAt <= :now ORDER BY s.sentAt DESC")
@NamedQuery(
    name = InvitationSend.RECENT_RESENDS,
    query =
        "SELECT s.sentAt FROM InvitationSend s WHERE s.invitationId = :invitation"
            + " AND s.kind = :kind AND s.sentAt > :since AND s.sentAt <= :now"
            + " ORDER BY s.sentAt DESC")
public class InvitationSend {

  public static final String RECENT_INVITES = "InvitationSend.recentInvites";
  public static final String RECENT_RESENDS = "InvitationSend.recentResends";

  /** A first invitation or a resend. */
  public enum Kind {
    INVITE,
    RESEND
  }

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "invitation_send_ids")
  @TableGenerator(
      name = "invitation_send_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "invitation_send",
      allocationSize = 50)
  private Long id;

  @Column(name = "invitation_id")
  private long invitationId;

  @Column(name = "inviter_id")
  private Long inviterId;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  @Column(name = "sent_at")
  private Instant sentAt;

  protected InvitationSend() {}

  InvitationSend(long invitationId, Long inviterId, Kind kind, Instant sentAt) {
    this.invitationId = invitationId;
    this.inviterId = inviterId;
    this.kind = kind;
    this.sentAt = sentAt;
  }
}
