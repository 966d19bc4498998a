package app.roster.actions;

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
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * An automation: when something happens to a member (the trigger, for label triggers optionally one
 * label), and the optional CEL condition admits the member, do the steps in order. Runs after the
 * triggering change committed, never inside it; see {@link ActionRunner}.
 */
@Entity
@Table(name = "action")
@NamedQuery(name = Action.ALL, query = "SELECT a FROM Action a ORDER BY a.name, a.id")
@NamedQuery(
    name = Action.FOR_TRIGGER,
    query = "SELECT a FROM Action a WHERE a.trigger = :trigger AND a.enabled = TRUE ORDER BY a.id")
public class Action implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String ALL = "Action.all";
  public static final String FOR_TRIGGER = "Action.forTrigger";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "action_ids")
  @TableGenerator(
      name = "action_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "action",
      allocationSize = 10)
  private Long id;

  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "trigger_kind")
  private ActionTrigger trigger;

  /** The folded label name (Label.normalize) for label triggers; null for any label. */
  @Column(name = "trigger_label")
  private String triggerLabel;

  @Column(name = "condition_text")
  private String condition;

  @Column(name = "steps")
  private String stepsJson;

  private String secret;

  private boolean enabled;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected Action() {}

  Action(String secret, Instant now) {
    this.secret = secret;
    this.createdAt = now;
  }

  void describe(
      String name,
      ActionTrigger trigger,
      String triggerLabel,
      String condition,
      List<Step> steps,
      boolean enabled,
      Instant now) {
    this.name = name;
    this.trigger = trigger;
    this.triggerLabel = triggerLabel;
    this.condition = condition;
    this.stepsJson = Step.toJsonText(steps);
    this.enabled = enabled;
    this.updatedAt = now;
  }

  /** Whether a label event of this label (folded name) starts this action. */
  boolean listensTo(String labelNorm) {
    return triggerLabel == null || triggerLabel.equals(labelNorm);
  }

  public List<Step> steps() {
    return Step.fromJsonText(stepsJson);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public ActionTrigger getTrigger() {
    return trigger;
  }

  public String getTriggerLabel() {
    return triggerLabel;
  }

  public String getCondition() {
    return condition;
  }

  public String getSecret() {
    return secret;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
