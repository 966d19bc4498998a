package app.roster.anonymous.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * An anonymous member as the Anonymous tab shows it: who it is (the sender), the channel of its
 * first contact, first and last contact, how many contacts, and when it expires: a fixed time after
 * its last contact, unless someone resolves it first.
 */
@Entity
@Table(name = "anonymous_contact")
@NamedQuery(
    name = AnonymousContact.OVERDUE_IDS,
    query =
        "SELECT a.memberId FROM AnonymousContact a WHERE a.expiresAt <= :now"
            + " AND a.expiryBatch IS NULL ORDER BY a.expiresAt, a.memberId")
@NamedQuery(
    name = AnonymousContact.CLAIM,
    query =
        "UPDATE AnonymousContact a SET a.expiryBatch = :batch WHERE a.memberId IN :ids"
            + " AND a.expiresAt <= :now AND a.expiryBatch IS NULL")
@NamedQuery(
    name = AnonymousContact.CLAIMED,
    query = "SELECT a FROM AnonymousContact a WHERE a.expiryBatch = :batch ORDER BY a.memberId")
public class AnonymousContact implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String OVERDUE_IDS = "AnonymousContact.overdueIds";
  public static final String CLAIM = "AnonymousContact.claim";
  public static final String CLAIMED = "AnonymousContact.claimed";

  @Id
  @Column(name = "member_id")
  private Long memberId;

  private String identifier;

  @Enumerated(EnumType.STRING)
  private ContactChannel channel;

  @Column(name = "first_contact_at")
  private Instant firstContactAt;

  @Column(name = "last_contact_at")
  private Instant lastContactAt;

  @Column(name = "contact_count")
  private int contactCount;

  @Column(name = "expires_at")
  private Instant expiresAt;

  @Column(name = "expiry_batch")
  private String expiryBatch;

  @Version private long version;

  protected AnonymousContact() {}

  /** The record of a new anonymous member, from its first contact. */
  public AnonymousContact(
      long memberId, Sender sender, ContactChannel channel, Instant at, Duration lifetime) {
    this.memberId = memberId;
    this.identifier = sender.value();
    this.channel = channel;
    this.firstContactAt = at;
    this.lastContactAt = at;
    this.contactCount = 1;
    this.expiresAt = at.plus(lifetime);
  }

  /**
   * Another contact from the same sender. Events may arrive out of order, so first and last are the
   * earliest and latest seen; the expiry always counts from the latest.
   */
  public void contacted(Instant at, Duration lifetime) {
    contactCount++;
    if (at.isBefore(firstContactAt)) {
      firstContactAt = at;
    }
    if (at.isAfter(lastContactAt)) {
      lastContactAt = at;
    }
    expiresAt = lastContactAt.plus(lifetime);
  }

  /** Whole days left before expiry, rounded up (so "1" on its last day), never below zero. */
  public long daysUntilExpiry(Instant now) {
    if (!expiresAt.isAfter(now)) {
      return 0;
    }
    Duration left = Duration.between(now, expiresAt);
    long days = left.toDays();
    return left.equals(Duration.ofDays(days)) ? days : days + 1;
  }

  /** Whether it expires within {@code window} from now (or is overdue already). */
  public boolean expiresWithin(Duration window, Instant now) {
    return !expiresAt.isAfter(now.plus(window));
  }

  public boolean isPhone() {
    return channel.fromPhone();
  }

  public Sender sender() {
    return new Sender(channel.fromPhone(), identifier);
  }

  public Long getMemberId() {
    return memberId;
  }

  public String getIdentifier() {
    return identifier;
  }

  public ContactChannel getChannel() {
    return channel;
  }

  public Instant getFirstContactAt() {
    return firstContactAt;
  }

  public Instant getLastContactAt() {
    return lastContactAt;
  }

  public int getContactCount() {
    return contactCount;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }
}
