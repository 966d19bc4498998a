package app.roster.experiments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A member's place in an experiment: one per member and experiment, written on the first evaluation
 * (lazy, with the rule or action that asked) or by an admin (explicit, with who), and never moved
 * by later evaluations or weight changes.
 */
@Entity
@Table(name = "experiment_assignment")
@NamedQuery(
    name = Assignment.OF,
    query =
        "SELECT a FROM Assignment a WHERE a.experimentId = :experiment AND a.memberId = :member")
@NamedQuery(
    name = Assignment.MEMBERS_AMONG,
    query =
        "SELECT a.memberId FROM Assignment a WHERE a.experimentId = :experiment"
            + " AND a.memberId IN :members")
@NamedQuery(
    name = Assignment.OF_MEMBER,
    query = "SELECT a FROM Assignment a WHERE a.memberId = :member ORDER BY a.assignedAt DESC")
@NamedQuery(
    name = Assignment.COUNTS,
    query =
        "SELECT a.group.id, COUNT(a) FROM Assignment a WHERE a.experimentId = :experiment"
            + " GROUP BY a.group.id")
@NamedQuery(
    name = Assignment.IN_GROUP,
    query = "SELECT COUNT(a) FROM Assignment a WHERE a.group.id = :group")
public class Assignment implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String OF = "Assignment.of";
  public static final String OF_MEMBER = "Assignment.ofMember";
  public static final String MEMBERS_AMONG = "Assignment.membersAmong";
  public static final String COUNTS = "Assignment.counts";
  public static final String IN_GROUP = "Assignment.inGroup";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "experiment_assignment_ids")
  @TableGenerator(
      name = "experiment_assignment_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "experiment_assignment",
      allocationSize = 50)
  private Long id;

  @Column(name = "experiment_id")
  private long experimentId;

  @Column(name = "member_id")
  private long memberId;

  @ManyToOne(optional = false)
  @JoinColumn(name = "group_id")
  private ExperimentGroup group;

  @Enumerated(EnumType.STRING)
  private AssignmentMethod method;

  @Column(name = "triggered_by")
  private String triggeredBy;

  @Column(name = "actor_id")
  private Long actorId;

  @Column(name = "assigned_at")
  private Instant assignedAt;

  protected Assignment() {}

  static Assignment lazy(ExperimentGroup group, long memberId, String trigger, Instant now) {
    Assignment a = new Assignment(group, memberId, now);
    a.method = AssignmentMethod.LAZY;
    a.triggeredBy = trigger == null ? null : trigger.substring(0, Math.min(300, trigger.length()));
    return a;
  }

  static Assignment explicit(ExperimentGroup group, long memberId, Long actorId, Instant now) {
    Assignment a = new Assignment(group, memberId, now);
    a.regroup(group, actorId, now);
    return a;
  }

  private Assignment(ExperimentGroup group, long memberId, Instant now) {
    this.experimentId = group.getExperiment().getId();
    this.memberId = memberId;
    this.group = group;
    this.assignedAt = stored(now);
  }

  /** The moment as the DATETIME(6) column keeps it, so a fresh answer equals a re-read one. */
  private static Instant stored(Instant now) {
    return now.truncatedTo(ChronoUnit.MICROS);
  }

  /** An admin puts the member into a group (the same or another): explicit from now on. */
  void regroup(ExperimentGroup group, Long actorId, Instant now) {
    this.group = group;
    this.method = AssignmentMethod.EXPLICIT;
    this.triggeredBy = null;
    this.actorId = actorId;
    this.assignedAt = stored(now);
  }

  public Long getId() {
    return id;
  }

  public long getExperimentId() {
    return experimentId;
  }

  public long getMemberId() {
    return memberId;
  }

  public ExperimentGroup getGroup() {
    return group;
  }

  public AssignmentMethod getMethod() {
    return method;
  }

  public String getTriggeredBy() {
    return triggeredBy;
  }

  public Long getActorId() {
    return actorId;
  }

  public Instant getAssignedAt() {
    return assignedAt;
  }
}
