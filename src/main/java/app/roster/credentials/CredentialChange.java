package app.roster.credentials;

import app.roster.members.Member;
import app.roster.messaging.entity.Channel;
import app.roster.platform.LinkRefused;
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
 * An admin's request to change a member's sign-in email or phone, waiting for the member to confirm
 * it through a link sent to their current contact method. Only the hash of the link's token is
 * kept. A member has at most one pending change (the schema enforces it): a new request replaces
 * the pending one, and its link stops working. Nothing about the member changes until the link is
 * confirmed.
 */
@Entity
@Table(name = "credential_change")
@NamedQuery(
    name = CredentialChange.BY_TOKEN,
    query = "SELECT c FROM CredentialChange c WHERE c.tokenHash = :hash")
@NamedQuery(
    name = CredentialChange.PENDING_OF,
    query = "SELECT c FROM CredentialChange c WHERE c.pendingMemberId = :member")
@NamedQuery(
    name = CredentialChange.CLAIM_CONFIRMATION,
    query =
        "UPDATE CredentialChange c SET c.status = :confirmed, c.pendingMemberId = NULL,"
            + " c.decidedAt = :now, c.version = c.version + 1"
            + " WHERE c.id = :id AND c.tokenHash = :hash AND c.status = :pending"
            + " AND c.expiresAt > :now")
public class CredentialChange {

  public static final String BY_TOKEN = "CredentialChange.byToken";
  public static final String PENDING_OF = "CredentialChange.pendingOf";
  public static final String CLAIM_CONFIRMATION = "CredentialChange.claimConfirmation";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "credential_change_ids")
  @TableGenerator(
      name = "credential_change_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "credential_change",
      allocationSize = 50)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "member_id")
  private Member member;

  @Enumerated(EnumType.STRING)
  private CredentialKind kind;

  @Column(name = "new_value")
  private String newValue;

  @Column(name = "new_value_norm")
  private String newValueNorm;

  @Column(name = "pending_member_id")
  private Long pendingMemberId;

  @Column(name = "token_hash")
  private String tokenHash;

  @Enumerated(EnumType.STRING)
  private CredentialChangeStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "sent_via")
  private Channel sentVia;

  @Column(name = "sent_to")
  private String sentTo;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "requested_by")
  private Member requestedBy;

  @Column(name = "requested_by_label")
  private String requestedByLabel;

  @Column(name = "requested_at")
  private Instant requestedAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Version private long version;

  protected CredentialChange() {}

  CredentialChange(
      Member member,
      CredentialKind kind,
      String newValue,
      String newValueNorm,
      Member requestedBy,
      String requestedByLabel,
      Instant now) {
    this.member = member;
    this.kind = kind;
    this.newValue = newValue;
    this.newValueNorm = newValueNorm;
    this.requestedBy = requestedBy;
    this.requestedByLabel = requestedByLabel;
    this.requestedAt = now;
    this.status = CredentialChangeStatus.PENDING;
    this.pendingMemberId = member.getId();
  }

  /** Sends (again): a new token and a new window, to where the member is reached now. */
  void send(String newTokenHash, Channel via, String to, Instant now, Instant until) {
    this.tokenHash = newTokenHash;
    this.sentVia = via;
    this.sentTo = to;
    this.sentAt = now;
    this.expiresAt = until;
  }

  /** Ends a pending change without applying it: cancelled by an admin, or replaced by a new one. */
  void close(CredentialChangeStatus outcome, Instant now) {
    this.status = outcome;
    this.pendingMemberId = null;
    this.decidedAt = now;
  }

  boolean isPending() {
    return status == CredentialChangeStatus.PENDING;
  }

  public boolean isExpiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }

  /** Why the link cannot be used at {@code now}, or empty when it can. */
  Optional<LinkRefused.Reason> refusalAt(Instant now) {
    return switch (status) {
      case CONFIRMED -> Optional.of(LinkRefused.Reason.USED);
      case CANCELLED -> Optional.of(LinkRefused.Reason.REVOKED);
      case REPLACED -> Optional.of(LinkRefused.Reason.REPLACED);
      case PENDING -> isExpiredAt(now) ? Optional.of(LinkRefused.Reason.EXPIRED) : Optional.empty();
    };
  }

  public Long getId() {
    return id;
  }

  public Member getMember() {
    return member;
  }

  public CredentialKind getKind() {
    return kind;
  }

  public String getNewValue() {
    return newValue;
  }

  public String getNewValueNorm() {
    return newValueNorm;
  }

  public String getTokenHash() {
    return tokenHash;
  }

  public CredentialChangeStatus getStatus() {
    return status;
  }

  public Channel getSentVia() {
    return sentVia;
  }

  public String getSentTo() {
    return sentTo;
  }

  public Member getRequestedBy() {
    return requestedBy;
  }

  public String getRequestedByLabel() {
    return requestedByLabel;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public long getVersion() {
    return version;
  }
}
