package app.roster.experiments;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An A/B test: a key that CEL conditions name ({@code experiment('checkout-2027')}), a name for
 * people, a status, two or more groups with weights, and an optional eligibility condition over
 * {@code member}. Members are assigned to a group once and stay there (see {@link Assignment}).
 */
@Entity
@Table(name = "experiment")
@NamedQuery(name = Experiment.ALL, query = "SELECT e FROM Experiment e ORDER BY e.name, e.id")
@NamedQuery(name = Experiment.BY_KEY, query = "SELECT e FROM Experiment e WHERE e.key = :key")
public class Experiment implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String ALL = "Experiment.all";
  public static final String BY_KEY = "Experiment.byKey";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "experiment_ids")
  @TableGenerator(
      name = "experiment_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "experiment",
      allocationSize = 10)
  private Long id;

  @Column(name = "experiment_key")
  private String key;

  private String name;

  @Enumerated(EnumType.STRING)
  private ExperimentStatus status;

  @Column(name = "condition_text")
  private String condition;

  @OneToMany(mappedBy = "experiment", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<ExperimentGroup> groups = new ArrayList<>();

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected Experiment() {}

  Experiment(String key, Instant now) {
    this.key = key;
    this.createdAt = now;
  }

  /**
   * Takes name, status, condition and groups from the draft. Groups are matched by name: a kept
   * group keeps its id (and so its members) and takes the new weight and position; new names are
   * added; groups that are gone are removed (the caller has made sure nobody is in them).
   */
  void describe(ExperimentDraft draft, Instant now) {
    this.name = draft.getName().strip();
    this.status = ExperimentStatus.of(draft.getStatus()).orElse(ExperimentStatus.DRAFT);
    this.condition = draft.conditionOrNull();
    List<ExperimentGroup> next = new ArrayList<>();
    int position = 0;
    for (ExperimentDraft.GroupDraft wanted : draft.getGroups()) {
      String groupName = wanted.getName().strip();
      ExperimentGroup group =
          group(groupName).orElseGet(() -> new ExperimentGroup(this, groupName));
      group.place(wanted.getWeight(), position++);
      next.add(group);
    }
    groups.retainAll(next);
    for (ExperimentGroup group : next) {
      if (!groups.contains(group)) {
        groups.add(group);
      }
    }
    groups.sort((a, b) -> Integer.compare(a.getPosition(), b.getPosition()));
    this.updatedAt = now;
  }

  public Optional<ExperimentGroup> group(String groupName) {
    return groups.stream().filter(g -> g.getName().equals(groupName)).findFirst();
  }

  /** The group a member falls into by the current weights; see {@link Bucketing}. */
  ExperimentGroup bucketFor(long memberId) {
    List<Integer> weights = groups.stream().map(ExperimentGroup::getWeight).toList();
    return groups.get(Bucketing.groupIndex(key, memberId, weights));
  }

  public boolean isRunning() {
    return status == ExperimentStatus.RUNNING;
  }

  /** Admins may put members into a group by hand while the experiment is a draft or running. */
  public boolean acceptsExplicitAssignment() {
    return status != ExperimentStatus.STOPPED;
  }

  /** What the audit trail records of the experiment: name, status, groups and condition. */
  Map<String, String> facts() {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("name", name);
    facts.put("status", status.word());
    facts.put(
        "groups",
        String.join(" / ", groups.stream().map(g -> g.getName() + " " + g.getWeight()).toList()));
    facts.put("condition", condition);
    return facts;
  }

  public Long getId() {
    return id;
  }

  public String getKey() {
    return key;
  }

  public String getName() {
    return name;
  }

  public ExperimentStatus getStatus() {
    return status;
  }

  public String getCondition() {
    return condition;
  }

  public List<ExperimentGroup> getGroups() {
    return groups;
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
