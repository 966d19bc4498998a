package app.roster.anonymous.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;

/**
 * A further email or phone (normalised) that a member is reached at, kept when an anonymous member
 * is merged into a member who has an email and phone of their own, so that later contact from it
 * finds that member. Each value belongs to one member.
 */
@Entity
@Table(name = "member_identifier")
@NamedQuery(
    name = MemberIdentifier.BY_VALUE,
    query = "SELECT i FROM MemberIdentifier i WHERE i.identifier = :value")
@NamedQuery(
    name = MemberIdentifier.OF_MEMBER,
    query = "SELECT i FROM MemberIdentifier i WHERE i.memberId = :member ORDER BY i.id")
public class MemberIdentifier {

  public static final String BY_VALUE = "MemberIdentifier.byValue";
  public static final String OF_MEMBER = "MemberIdentifier.ofMember";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "member_identifier_ids")
  @TableGenerator(
      name = "member_identifier_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "member_identifier",
      allocationSize = 50)
  private Long id;

  @Column(name = "member_id")
  private Long memberId;

  /** EMAIL or PHONE. */
  private String kind;

  private String identifier;

  @Column(name = "created_at")
  private Instant createdAt;

  protected MemberIdentifier() {}

  public MemberIdentifier(long memberId, Sender sender, Instant now) {
    this.memberId = memberId;
    this.kind = sender.phone() ? "PHONE" : "EMAIL";
    this.identifier = sender.value();
    this.createdAt = now;
  }

  public Long getMemberId() {
    return memberId;
  }

  public String getKind() {
    return kind;
  }

  public String getIdentifier() {
    return identifier;
  }
}
