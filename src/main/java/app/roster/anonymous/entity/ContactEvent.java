package app.roster.anonymous.entity;

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
import java.io.Serializable;
import java.time.Instant;

/**
 * One call, SMS or email that reached the workspace, attached to the member it came from (known or
 * anonymous). Written once; only the member it belongs to changes, when an anonymous member is
 * merged or converted.
 */
@Entity
@Table(name = "contact_event")
@NamedQuery(
    name = ContactEvent.BY_DEDUPE_KEY,
    query = "SELECT e FROM ContactEvent e WHERE e.dedupeKey = :key")
@NamedQuery(
    name = ContactEvent.OF_MEMBER,
    query = "SELECT e FROM ContactEvent e WHERE e.memberId = :member ORDER BY e.at DESC, e.id DESC")
@NamedQuery(
    name = ContactEvent.COUNT_OF_MEMBER,
    query = "SELECT COUNT(e) FROM ContactEvent e WHERE e.memberId = :member")
@NamedQuery(
    name = ContactEvent.MOVE,
    query = "UPDATE ContactEvent e SET e.memberId = :to WHERE e.memberId = :from")
@NamedQuery(
    name = ContactEvent.DELETE_OF_MEMBERS,
    query = "DELETE FROM ContactEvent e WHERE e.memberId IN :members")
public class ContactEvent implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String BY_DEDUPE_KEY = "ContactEvent.byDedupeKey";
  public static final String OF_MEMBER = "ContactEvent.ofMember";
  public static final String COUNT_OF_MEMBER = "ContactEvent.countOfMember";
  public static final String MOVE = "ContactEvent.move";
  public static final String DELETE_OF_MEMBERS = "ContactEvent.deleteOfMembers";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "contact_event_ids")
  @TableGenerator(
      name = "contact_event_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "contact_event",
      allocationSize = 50)
  private Long id;

  @Column(name = "member_id")
  private Long memberId;

  @Enumerated(EnumType.STRING)
  private ContactChannel channel;

  private String sender;

  private String recipient;

  private Instant at;

  private String summary;

  @Column(name = "received_at")
  private Instant receivedAt;

  @Column(name = "dedupe_key")
  private String dedupeKey;

  protected ContactEvent() {}

  public ContactEvent(
      long memberId,
      ContactChannel channel,
      String sender,
      String recipient,
      Instant at,
      String summary,
      Instant receivedAt,
      String dedupeKey) {
    this.memberId = memberId;
    this.channel = channel;
    this.sender = sender;
    this.recipient = recipient;
    this.at = at;
    this.summary = summary;
    this.receivedAt = receivedAt;
    this.dedupeKey = dedupeKey;
  }

  public Long getId() {
    return id;
  }

  public Long getMemberId() {
    return memberId;
  }

  public ContactChannel getChannel() {
    return channel;
  }

  public String getSender() {
    return sender;
  }

  public String getRecipient() {
    return recipient;
  }

  public Instant getAt() {
    return at;
  }

  public String getSummary() {
    return summary;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }
}
