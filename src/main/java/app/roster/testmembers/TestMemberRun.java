package app.roster.testmembers;

import app.roster.roles.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/**
 * One "Generate N test members" run: how many were asked for and how many exist so far, so the
 * progress bar reads the same on every instance and a batch knows where to go on.
 */
@Entity
@Table(name = "test_member_run")
public class TestMemberRun {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "test_member_run_ids")
  @TableGenerator(
      name = "test_member_run_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "test_member_run",
      allocationSize = 1)
  private Long id;

  private int requested;

  private int created;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "role_id")
  private Role role;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "started_by")
  private long startedBy;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Version private long version;

  protected TestMemberRun() {}

  TestMemberRun(int requested, Role role, Instant expiresAt, long startedBy, Instant now) {
    this.requested = requested;
    this.role = role;
    this.expiresAt = expiresAt;
    this.startedBy = startedBy;
    this.startedAt = now;
  }

  /** How many the next batch creates: at most {@code batch}, never more than remain. */
  int nextBatchSize(int batch) {
    return Math.min(batch, requested - created);
  }

  void recordBatch(int count, Instant now) {
    created += count;
    if (created >= requested) {
      finishedAt = now;
    }
  }

  boolean isDone() {
    return created >= requested;
  }

  public Long getId() {
    return id;
  }

  public int getRequested() {
    return requested;
  }

  public int getCreated() {
    return created;
  }

  public Role getRole() {
    return role;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }
}
