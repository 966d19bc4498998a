package app.roster.labels;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A bulk labelling job: one label put on (or taken off) many members, worked through in batches in
 * member id order. Its counts are the progress bar; {@code lastMemberId} is where the next batch
 * starts, so a job interrupted by a restart can be resumed where it stopped.
 */
@Entity
@Table(name = "bulk_label")
public class BulkLabel {

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "bulk_label_ids")
  @TableGenerator(
      name = "bulk_label_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "bulk_label",
      allocationSize = 10)
  private Long id;

  @Column(name = "label_id")
  private long labelId;

  @Column(name = "label_name")
  private String labelName;

  @Column(name = "remove_label")
  private boolean remove;

  /** The member filter as JSON when the job covers every match; null for selected members. */
  @Column(name = "filter_json")
  private String filterJson;

  private int total;
  private int processed;
  private int changed;
  private int skipped;

  @Column(name = "last_member_id")
  private long lastMemberId;

  private boolean done;

  @Column(name = "started_by")
  private long startedBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected BulkLabel() {}

  BulkLabel(
      Label label, boolean remove, String filterJson, int total, long startedBy, Instant now) {
    this.labelId = label.getId();
    this.labelName = label.getName();
    this.remove = remove;
    this.filterJson = filterJson;
    this.total = total;
    this.startedBy = startedBy;
    this.createdAt = now;
    this.updatedAt = now;
    this.done = total == 0;
  }

  /** Records a batch: how many members it covered, changed and skipped, and where it ended. */
  void handled(
      int members, int changedNow, int skippedNow, long lastId, boolean last, Instant now) {
    processed += members;
    changed += changedNow;
    skipped += skippedNow;
    lastMemberId = Math.max(lastMemberId, lastId);
    done = last;
    if (processed > total) {
      total = processed;
    }
    updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public long getLabelId() {
    return labelId;
  }

  public String getLabelName() {
    return labelName;
  }

  public boolean isRemove() {
    return remove;
  }

  public String getFilterJson() {
    return filterJson;
  }

  public int getTotal() {
    return total;
  }

  public int getProcessed() {
    return processed;
  }

  public int getChanged() {
    return changed;
  }

  public int getSkipped() {
    return skipped;
  }

  public long getLastMemberId() {
    return lastMemberId;
  }

  public boolean isDone() {
    return done;
  }

  public long getStartedBy() {
    return startedBy;
  }
}
