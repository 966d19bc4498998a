package app.roster.audit;

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
 * One line of the audit trail: who (a member, or the system) did what to which member or
 * invitation, when, and from where (console, API or a timer, and the client's address). Entries are
 * insert-only: nothing in the application updates or deletes them, so this class has no setters and
 * its table has no version; the API and the console only read them.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The row of id_sequence that numbers audit entries (also for bulk rows, see IdBlocks). */
  public static final String SEQUENCE = "audit_entry";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "audit_entry_ids")
  @TableGenerator(
      name = "audit_entry_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = AuditEntry.SEQUENCE,
      allocationSize = 50)
  private Long id;

  @Column(updatable = false)
  private Instant at;

  @Column(name = "actor_id", updatable = false)
  private Long actorId;

  @Column(name = "actor_label", updatable = false)
  private String actorLabel;

  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private AuditSource source;

  @Column(name = "client_address", updatable = false)
  private String clientAddress;

  @Column(updatable = false)
  private String action;

  @Column(name = "target_type", updatable = false)
  private String targetType;

  @Column(name = "target_id", updatable = false)
  private long targetId;

  @Column(name = "member_id", updatable = false)
  private Long memberId;

  @Column(updatable = false)
  private String details;

  protected AuditEntry() {}

  AuditEntry(
      Instant at,
      Actor actor,
      AuditSource source,
      String clientAddress,
      String action,
      String targetType,
      long targetId,
      Long memberId,
      String details) {
    this.at = at;
    this.actorId = actor.id();
    this.actorLabel = actor.label();
    this.source = source;
    this.clientAddress = clientAddress;
    this.action = action;
    this.targetType = targetType;
    this.targetId = targetId;
    this.memberId = memberId;
    this.details = details;
  }

  public Long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public Long getActorId() {
    return actorId;
  }

  public String getActorLabel() {
    return actorLabel;
  }

  public AuditSource getSource() {
    return source;
  }

  public String getClientAddress() {
    return clientAddress;
  }

  public String getAction() {
    return action;
  }

  public String getTargetType() {
    return targetType;
  }

  public long getTargetId() {
    return targetId;
  }

  public Long getMemberId() {
    return memberId;
  }

  /** A JSON object as text; "{}" when there is nothing more to say. */
  public String getDetails() {
    return details;
  }

  /** Who acted: a member's id and how they were called then, or no id for the system. */
  record Actor(Long id, String label) {}
}
