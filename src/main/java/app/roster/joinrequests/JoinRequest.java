package app.roster.joinrequests;

import app.roster.invitations.Invitation;
import app.roster.members.Member;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Someone's request to join a public workspace, sent through /join. It stays unconfirmed, and
 * invisible to admins, until the requester opens the mailed link and confirms that the email is
 * theirs (only the link token's hash is kept). Admins then approve it, which invites the email with
 * a role, or decline it.
 */
@Entity
@Table(name = "join_request")
@NamedQuery(
    name = JoinRequest.BY_TOKEN,
    query = "SELECT r FROM JoinRequest r WHERE r.tokenHash = :hash")
@NamedQuery(
    name = JoinRequest.CLAIM_CONFIRMATION,
    query =
        "UPDATE JoinRequest r SET r.status = :pending, r.confirmedAt = :now,"
            + " r.version = r.version + 1"
            + " WHERE r.id = :id AND r.tokenHash = :hash AND r.status = :unconfirmed"
            + " AND r.confirmBy > :now")
public class JoinRequest {

  public static final String BY_TOKEN = "JoinRequest.byToken";
  public static final String CLAIM_CONFIRMATION = "JoinRequest.claimConfirmation";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "join_request_ids")
  @TableGenerator(
      name = "join_request_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "join_request",
      allocationSize = 50)
  private Long id;

  private String name;

  private String email;

  @Column(name = "email_norm")
  private String emailNorm;

  private String message;

  @Enumerated(EnumType.STRING)
  private JoinRequestStatus status;

  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "confirm_by")
  private Instant confirmBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "decided_by")
  private Member decidedBy;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "invitation_id")
  private Invitation invitation;

  @Column(name = "decline_reason")
  private String declineReason;

  @Version private long version;

  protected JoinRequest() {}

  /** A new request, waiting for its email to be confirmed through the link until confirmBy. */
  JoinRequest(
      String name,
      String email,
      String emailNorm,
      String message,
      String tokenHash,
      Instant now,
      Instant confirmBy) {
    this.name = name;
    this.email = email;
    this.emailNorm = emailNorm;
    this.message = message;
    this.tokenHash = tokenHash;
    this.status = JoinRequestStatus.UNCONFIRMED;
    this.createdAt = now;
    this.confirmBy = confirmBy;
  }

  /** Whether the confirmation link has run out at {@code now}. */
  boolean confirmationExpiredAt(Instant now) {
    return !now.isBefore(confirmBy);
  }

  boolean isPending() {
    return status == JoinRequestStatus.PENDING;
  }

  void approve(Invitation sent, Member admin, Instant now) {
    this.status = JoinRequestStatus.APPROVED;
    this.invitation = sent;
    this.decidedBy = admin;
    this.decidedAt = now;
  }

  void decline(String reason, Member admin, Instant now) {
    this.status = JoinRequestStatus.DECLINED;
    this.declineReason = reason;
    this.decidedBy = admin;
    this.decidedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  public String getEmailNorm() {
    return emailNorm;
  }

  public String getMessage() {
    return message;
  }

  public JoinRequestStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getConfirmBy() {
    return confirmBy;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public Invitation getInvitation() {
    return invitation;
  }

  public String getDeclineReason() {
    return declineReason;
  }

  public long getVersion() {
    return version;
  }
}
