package app.roster.invitations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;

/** That an invitation was sent again at a moment: what the resend limit counts. */
@Entity
@Table(name = "invitation_resend")
@NamedQuery(
    name = InvitationResend.RECENT,
    query =
        "SELECT r.resentAt FROM InvitationResend r WHERE r.invitationId = :invitation"
            + " AND r.resentAt > :since AND r.resentAt <= :now ORDER BY r.resentAt DESC")
public class InvitationResend {

  public static final String RECENT = "InvitationResend.recent";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "invitation_resend_ids")
  @TableGenerator(
      name = "invitation_resend_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "invitation_resend",
      allocationSize = 50)
  private Long id;

  @Column(name = "invitation_id")
  private long invitationId;

  @Column(name = "resent_at")
  private Instant resentAt;

  protected InvitationResend() {}

  InvitationResend(long invitationId, Instant resentAt) {
    this.invitationId = invitationId;
    this.resentAt = resentAt;
  }
}
