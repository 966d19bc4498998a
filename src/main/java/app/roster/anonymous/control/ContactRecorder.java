package app.roster.anonymous.control;

import app.roster.anonymous.entity.AnonymousContact;
import app.roster.anonymous.entity.ContactChannel;
import app.roster.anonymous.entity.ContactEvent;
import app.roster.anonymous.entity.MemberIdentifier;
import app.roster.anonymous.entity.Sender;
import app.roster.members.Member;
import app.roster.members.MemberKind;
import app.roster.platform.Tokens;
import app.roster.roles.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stores one inbound contact in a transaction of its own: finds the member the sender belongs to
 * (by email, phone or an extra identifier), or the open anonymous member for that sender, or
 * creates one, and attaches the event. The unique indexes on the sender and on the event's dedupe
 * key settle races between two deliveries; the caller retries the loser, who then finds what the
 * winner stored.
 */
@Stateless
@PermitAll
public class ContactRecorder {

  private static final Logger LOG = Logger.getLogger(ContactRecorder.class.getName());

  /** The built-in Customer role (V1): anonymous members are outside the team. */
  private static final long CUSTOMER_ROLE_ID = 4;

  /** Longest name a member may have (member.name). */
  private static final int NAME_LIMIT = 200;

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject AnonymousSettings settings;

  /** What became of one delivery. */
  public record Recorded(long eventId, long memberId, boolean anonymous, boolean duplicate) {}

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Recorded record(
      ContactChannel channel, Sender sender, String recipient, Instant at, String summary) {
    String key = dedupeKey(channel, sender, at);
    Optional<ContactEvent> earlier =
        em.createNamedQuery(ContactEvent.BY_DEDUPE_KEY, ContactEvent.class)
            .setParameter("key", key)
            .getResultStream()
            .findFirst();
    if (earlier.isPresent()) {
      return recorded(earlier.get(), true);
    }

    Member member = owner(sender).orElseGet(() -> newAnonymous(sender));
    if (member.getKind() == MemberKind.ANONYMOUS) {
      contactedAnonymous(member, sender, channel, at);
    }
    ContactEvent event =
        new ContactEvent(
            member.getId(), channel, sender.value(), recipient, at, summary, clock.instant(), key);
    em.persist(event);
    em.flush();
    return new Recorded(
        event.getId(), member.getId(), member.getKind() == MemberKind.ANONYMOUS, false);
  }

  /** The member this sender is: by their email or phone, else by an extra identifier. */
  public Optional<Member> owner(Sender sender) {
    String query = sender.phone() ? Member.BY_PHONE : Member.BY_EMAIL;
    Optional<Member> direct =
        em.createNamedQuery(query, Member.class)
            .setParameter(sender.phone() ? "phone" : "email", sender.value())
            .getResultStream()
            .findFirst();
    if (direct.isPresent()) {
      return direct;
    }
    return em.createNamedQuery(MemberIdentifier.BY_VALUE, MemberIdentifier.class)
        .setParameter("value", sender.value())
        .getResultStream()
        .findFirst()
        .map(identifier -> em.find(Member.class, identifier.getMemberId()));
  }

  private Member newAnonymous(Sender sender) {
    String name = sender.display();
    if (name.length() > NAME_LIMIT) {
      name = name.substring(0, NAME_LIMIT);
    }
    Member member =
        Member.anonymous(
            em.find(Role.class, CUSTOMER_ROLE_ID),
            name,
            sender.phone() ? null : sender.value(),
            sender.phone() ? sender.value() : null,
            clock.instant());
    em.persist(member);
    em.flush();
    LOG.log(Level.INFO, "Anonymous member {0} created from inbound contact", member.getId());
    return member;
  }

  /**
   * Updates what the Anonymous tab shows. A time later than now (a sender's clock running ahead)
   * counts as now, so that no anonymous member outlives its lifetime by a wrong clock.
   */
  private void contactedAnonymous(
      Member member, Sender sender, ContactChannel channel, Instant reported) {
    Instant now = clock.instant();
    Instant at = reported.isAfter(now) ? now : reported;
    // Locked for the update: simultaneous contacts from one sender wait for each other here
    // instead of failing on the version and retrying.
    AnonymousContact contact =
        em.find(AnonymousContact.class, member.getId(), LockModeType.PESSIMISTIC_WRITE);
    if (contact == null) {
      em.persist(new AnonymousContact(member.getId(), sender, channel, at, settings.lifetime()));
    } else {
      contact.contacted(at, settings.lifetime());
    }
  }

  private Recorded recorded(ContactEvent event, boolean duplicate) {
    Member member = em.find(Member.class, event.getMemberId());
    boolean anonymous = member != null && member.getKind() == MemberKind.ANONYMOUS;
    return new Recorded(event.getId(), event.getMemberId(), anonymous, duplicate);
  }

  /**
   * The same channel, sender and time is the same event, however often it is delivered. Public for
   * the benchmark's data generator, which writes contact events as this class would.
   */
  public static String dedupeKey(ContactChannel channel, Sender sender, Instant at) {
    return Tokens.hash(channel.apiName() + "\n" + sender.value() + "\n" + at);
  }
}
