package app.roster.actions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.io.Serializable;
import java.time.Instant;

/**
 * One run of an Action for one member, with how it ended: insert-only, kept after the action is
 * deleted (it keeps the action's name). The member's History shows the same run from the audit
 * trail.
 */
@Entity
@Table(name = "action_run")
public class ActionRun implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int DETAIL_MAX = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "action_run_ids")
  @TableGenerator(
      name = "action_run_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "action_run",
      allocationSize = 50)
  private Long id;

  @Column(name = "action_id")
  private long actionId;

  @Column(name = "action_name")
  private String actionName;

  @Column(name = "member_id")
  private long memberId;

  @Enumerated(EnumType.STRING)
  @Column(name = "trigger_kind")
  private ActionTrigger trigger;

  private int depth;

  @Enumerated(EnumType.STRING)
  private ActionOutcome outcome;

  private String detail;

  @Column(name = "ran_at")
  private Instant ranAt;

  protected ActionRun() {}

  ActionRun(
      long actionId,
      String actionName,
      long memberId,
      ActionTrigger trigger,
      int depth,
      ActionOutcome outcome,
      String detail,
      Instant ranAt) {
    this.actionId = actionId;
    this.actionName = actionName;
    this.memberId = memberId;
    this.trigger = trigger;
    this.depth = depth;
    this.outcome = outcome;
    this.detail =
        detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
    this.ranAt = ranAt;
  }

  public Long getId() {
    return id;
  }

  public long getActionId() {
    return actionId;
  }

  public String getActionName() {
    return actionName;
  }

  public long getMemberId() {
    return memberId;
  }

  public ActionTrigger getTrigger() {
    return trigger;
  }

  public int getDepth() {
    return depth;
  }

  public ActionOutcome getOutcome() {
    return outcome;
  }

  public String getDetail() {
    return detail;
  }

  public Instant getRanAt() {
    return ranAt;
  }
}
