package app.roster.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/**
 * A named condition such as {@code vip-lounge} = {@code 'VIP' in member.labels && member.type ==
 * 'customer'}: the systems that ask Roster whether a member may enter name the rule, and admins
 * change the condition in one place. The expression is stored only after it type-checked.
 */
@Entity
@Table(name = "access_rule")
@NamedQuery(name = AccessRule.ALL, query = "SELECT r FROM AccessRule r ORDER BY r.name")
@NamedQuery(name = AccessRule.BY_NAME, query = "SELECT r FROM AccessRule r WHERE r.name = :name")
public class AccessRule implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String ALL = "AccessRule.all";
  public static final String BY_NAME = "AccessRule.byName";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "access_rule_ids")
  @TableGenerator(
      name = "access_rule_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "access_rule",
      allocationSize = 10)
  private Long id;

  private String name;

  private String description;

  private String expression;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected AccessRule() {}

  AccessRule(AccessRuleDraft draft, Instant now) {
    this.createdAt = now;
    describe(draft, now);
  }

  void describe(AccessRuleDraft draft, Instant now) {
    this.name = draft.getName().strip();
    this.description = blankToNull(draft.getDescription());
    this.expression = draft.getExpression().strip();
    this.updatedAt = now;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public String getExpression() {
    return expression;
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
