package app.roster.invitations;

import app.roster.members.Member;
import app.roster.roles.Role;
import jakarta.persistence.Basic;
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
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One bulk invite: the distinct addresses an admin gave, the role they all get, and how far the
 * background work has come. Each batch moves the position on and adds its outcomes in the same
 * transaction as the invitations it made, so the counts always match what was committed.
 */
@Entity
@Table(name = "bulk_invite")
public class BulkInvite {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "bulk_invite_ids")
  @TableGenerator(
      name = "bulk_invite_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "bulk_invite",
      allocationSize = 1)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "role_id")
  private Role role;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "inviter_id")
  private Member inviter;

  @Basic(fetch = FetchType.LAZY)
  private String addresses;

  @Column(name = "total_count")
  private int total;

  @Column(name = "processed_count")
  private int processed;

  @Column(name = "invited_count")
  private int invited;

  @Column(name = "pending_count")
  private int pending;

  @Column(name = "member_count")
  private int members;

  @Column(name = "invalid_count")
  private int invalid;

  @Enumerated(EnumType.STRING)
  private BulkInviteStatus status;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Version private long version;

  protected BulkInvite() {}

  BulkInvite(Role role, Member inviter, List<String> addresses, Instant now) {
    this.role = role;
    this.inviter = inviter;
    this.addresses = String.join("\n", addresses);
    this.total = addresses.size();
    this.status = BulkInviteStatus.RUNNING;
    this.createdAt = now;
  }

  /** The next addresses to handle, at most {@code size}, from the current position. */
  List<String> nextAddresses(int size) {
    List<String> all = List.of(addresses.split("\n"));
    return all.subList(processed, Math.min(all.size(), processed + size));
  }

  /** Counts a handled batch; the last one finishes the bulk invite. */
  void handled(Map<BulkOutcome, Integer> counts, int size, Instant now) {
    processed += size;
    invited += counts.getOrDefault(BulkOutcome.INVITED, 0);
    pending += counts.getOrDefault(BulkOutcome.PENDING, 0);
    members += counts.getOrDefault(BulkOutcome.MEMBER, 0);
    invalid += counts.getOrDefault(BulkOutcome.INVALID, 0);
    if (processed >= total) {
      status = BulkInviteStatus.DONE;
      finishedAt = now;
    }
  }

  public boolean isDone() {
    return status == BulkInviteStatus.DONE;
  }

  public Long getId() {
    return id;
  }

  public Role getRole() {
    return role;
  }

  public Member getInviter() {
    return inviter;
  }

  public int getTotal() {
    return total;
  }

  public int getProcessed() {
    return processed;
  }

  public int getInvited() {
    return invited;
  }

  public int getPending() {
    return pending;
  }

  public int getMembers() {
    return members;
  }

  public int getInvalid() {
    return invalid;
  }

  public BulkInviteStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }
}
