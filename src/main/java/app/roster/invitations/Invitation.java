package app.roster.invitations;

import app.roster.members.Member;
import app.roster.platform.LinkRefused;
import app.roster.roles.Role;
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
import java.util.Optional;

/**
 * An admin's invitation of one email address to the workspace with a role. The mailed link holds a
 * token of which only the hash is kept here; the link works once, while the invitation is pending
 * and before it expires. Resending replaces the token and starts a new window, so the older link
 * stops working at once.
 */
@Entity
@Table(name = "invitation")
@NamedQuery(
    name = Invitation.BY_TOKEN,
    query = "SELECT i FROM Invitation i WHERE i.tokenHash = :hash")
@NamedQuery(
    name = Invitation.PENDING_FOR_EMAIL,
    query = "SELECT i FROM Invitation i WHERE i.pendingEmailNorm = :email")
@NamedQuery(
    name = Invitation.OVERDUE_IDS,
    query =
        "SELECT i.id FROM Invitation i WHERE i.status = :pending AND i.expiresAt <= :now"
            + " ORDER BY i.expiresAt")
@NamedQuery(
    name = Invitation.EXPIRE,
    query =
        "UPDATE Invitation i SET i.status = :expired, i.pendingEmailNorm = NULL,"
            + " i.expiryBatch = :batch, i.version = i.version + 1"
            + " WHERE i.id IN :ids AND i.status = :pending AND i.expiresAt <= :now")
@NamedQuery(
    name = Invitation.EXPIRED_IN_BATCH,
    query =
        "SELECT NEW app.roster.invitations.InvitationsExpired.Item(i.id, m.id, i.email, v.id)"
            + " FROM Invitation i LEFT JOIN i.member m LEFT JOIN i.inviter v"
            + " WHERE i.expiryBatch = :batch")
@NamedQuery(
    name = Invitation.CLAIM_ACCEPTANCE,
    query =
        "UPDATE Invitation i SET i.status = :accepted, i.pendingEmailNorm = NULL,"
            + " i.acceptedAt = :now, i.version = i.version + 1"
            + " WHERE i.id = :id AND i.tokenHash = :hash AND i.status = :pending"
            + " AND i.expiresAt > :now")
@NamedQuery(
    name = Invitation.REMINDER_DUE_IDS,
    query =
        "SELECT i.id FROM Invitation i WHERE i.status = :pending AND i.expiresAt <= :by"
            + " AND i.expiresAt > :now AND i.remindedAt IS NULL ORDER BY i.expiresAt")
@NamedQuery(
    name = Invitation.CLAIM_REMINDER,
    query =
        "UPDATE Invitation i SET i.remindedAt = :now WHERE i.id = :id AND i.status = :pending"
            + " AND i.remindedAt IS NULL AND i.expiresAt > :now")
public class Invitation {

  public static final String BY_TOKEN = "Invitation.byToken";
  public static final String PENDING_FOR_EMAIL = "Invitation.pendingForEmail";
  public static final String OVERDUE_IDS = "Invitation.overdueIds";
  public static final String EXPIRE = "Invitation.expire";
  public static final String EXPIRED_IN_BATCH = "Invitation.expiredInBatch";
  public static final String CLAIM_ACCEPTANCE = "Invitation.claimAcceptance";
  public static final String REMINDER_DUE_IDS = "Invitation.reminderDueIds";
  public static final String CLAIM_REMINDER = "Invitation.claimReminder";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "invitation_ids")
  @TableGenerator(
      name = "invitation_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "invitation",
      allocationSize = 50)
  private Long id;

  private String email;

  @Column(name = "email_norm")
  private String emailNorm;

  @Column(name = "pending_email_norm")
  private String pendingEmailNorm;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "role_id")
  private Role role;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "member_id")
  private Member member;

  @Column(name = "token_hash")
  private String tokenHash;

  @Enumerated(EnumType.STRING)
  private InvitationStatus status;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "reminded_at")
  private Instant remindedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "inviter_id")
  private Member inviter;

  /** The expiry sweep's batch that marked this invitation expired; see Invitations. */
  @Column(name = "expiry_batch")
  private String expiryBatch;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  protected Invitation() {}

  /**
   * A new pending invitation, sent now. {@code member} is an existing member without a password
   * whom the invitation will complete, or null for someone new.
   */
  public Invitation(
      String email,
      String emailNorm,
      Role role,
      Member member,
      Member inviter,
      String tokenHash,
      Instant now,
      InvitationWindow window) {
    this.email = email;
    this.emailNorm = emailNorm;
    this.role = role;
    this.member = member;
    this.inviter = inviter;
    this.createdAt = now;
    send(tokenHash, now, window);
  }

  /** Sends (again): a new token and a new window; any older link stops working. */
  void send(String newTokenHash, Instant now, InvitationWindow window) {
    this.status = InvitationStatus.PENDING;
    this.pendingEmailNorm = emailNorm;
    this.tokenHash = newTokenHash;
    this.sentAt = now;
    this.expiresAt = window.expiresAt(now);
    this.remindedAt = null;
  }

  /** Whether an admin may send this invitation again: while pending or after it expired. */
  boolean isResendable() {
    return status == InvitationStatus.PENDING || status == InvitationStatus.EXPIRED;
  }

  /** Stops the link working. An accepted invitation cannot be revoked. */
  void revoke() {
    this.status = InvitationStatus.REVOKED;
    this.pendingEmailNorm = null;
  }

  /** Links the member who accepted (after the acceptance itself was claimed). */
  void acceptedBy(Member accepted) {
    this.member = accepted;
  }

  /** Why the link cannot be used at {@code now}, or empty when it can. */
  public Optional<LinkRefused.Reason> refusalAt(Instant now) {
    return switch (status) {
      case ACCEPTED -> Optional.of(LinkRefused.Reason.USED);
      case REVOKED -> Optional.of(LinkRefused.Reason.REVOKED);
      case EXPIRED -> Optional.of(LinkRefused.Reason.EXPIRED);
      case PENDING ->
          InvitationWindow.isOver(expiresAt, now)
              ? Optional.of(LinkRefused.Reason.EXPIRED)
              : Optional.empty();
    };
  }

  public Long getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public String getEmailNorm() {
    return emailNorm;
  }

  public Role getRole() {
    return role;
  }

  public Member getMember() {
    return member;
  }

  public String getTokenHash() {
    return tokenHash;
  }

  public InvitationStatus getStatus() {
    return status;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getRemindedAt() {
    return remindedAt;
  }

  public Member getInviter() {
    return inviter;
  }

  public Instant getAcceptedAt() {
    return acceptedAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
