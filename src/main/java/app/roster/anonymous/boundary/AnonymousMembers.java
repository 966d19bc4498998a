package app.roster.anonymous.boundary;

import static app.roster.security.Permission.ANONYMOUS_RESOLVE;
import static app.roster.security.Permission.MEMBER;
import static app.roster.security.Permission.MEMBERS_EDIT;

import app.roster.anonymous.boundary.AnonymousResolved.Act;
import app.roster.anonymous.control.AnonymousSettings;
import app.roster.anonymous.entity.AnonymousContact;
import app.roster.anonymous.entity.ContactEvent;
import app.roster.anonymous.entity.MemberIdentifier;
import app.roster.anonymous.entity.Sender;
import app.roster.members.Member;
import app.roster.members.MemberDeletes;
import app.roster.members.MemberDraft;
import app.roster.members.MemberKind;
import app.roster.members.Members;
import app.roster.platform.FieldError;
import app.roster.platform.Forbidden;
import app.roster.platform.InvalidInput;
import app.roster.platform.Messages;
import app.roster.platform.NotFound;
import app.roster.platform.Page;
import app.roster.platform.PageRequest;
import app.roster.roles.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The anonymous members that inbound contact created, and how an admin resolves them: merge into an
 * existing member, convert into a new member, or dismiss. Unresolved ones expire a configured time
 * after their last contact. Resolving needs anonymous.resolve; converting creates a member, so it
 * needs members.edit too (the Members service checks that).
 */
@Stateless
@RolesAllowed(MEMBER)
public class AnonymousMembers {

  private static final Logger LOG = Logger.getLogger(AnonymousMembers.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Members members;

  @Inject Roles roles;

  @Inject Clock clock;

  @Inject AnonymousSettings settings;

  @Inject Event<AnonymousResolved> resolved;

  /** Anonymous members, most recent contact first; optionally only those expiring soon. */
  public Page<AnonymousContact> list(boolean expiringSoon, PageRequest page) {
    requireResolveRight();
    String where = expiringSoon ? " WHERE a.expiresAt <= :soon" : "";
    var rows =
        em.createQuery(
            "SELECT a FROM AnonymousContact a"
                + where
                + " ORDER BY a.lastContactAt DESC, a.memberId DESC",
            AnonymousContact.class);
    var count = em.createQuery("SELECT COUNT(a) FROM AnonymousContact a" + where, Long.class);
    if (expiringSoon) {
      Instant soon = clock.instant().plus(AnonymousSettings.EXPIRING_SOON);
      rows.setParameter("soon", soon);
      count.setParameter("soon", soon);
    }
    List<AnonymousContact> items =
        rows.setFirstResult((int) Math.min(page.offset(), Integer.MAX_VALUE))
            .setMaxResults(page.size())
            .getResultList();
    return new Page<>(items, count.getSingleResult());
  }

  public AnonymousContact find(long id) {
    requireResolveRight();
    return contact(id);
  }

  /**
   * Merges an anonymous member into an existing member: its contact events move over, and its
   * sender becomes that member's phone or email when that is empty (and the caller may edit the
   * member), else an extra identifier of the member, so that later contact from it finds them.
   */
  public Member merge(long anonymousId, long memberId) {
    requireResolveRight();
    AnonymousContact contact = contact(anonymousId);
    Member target = em.find(Member.class, memberId);
    if (target == null || target.getKind() != MemberKind.REGULAR) {
      throw new InvalidInput(
          "anonymous.merge.target",
          new FieldError("memberId", Messages.get("anonymous.merge.target")));
    }
    Sender sender = contact.sender();
    long moved = moveEvents(anonymousId, memberId);
    remove(contact);
    takeOver(target, sender);
    resolved.fire(event(Act.MERGED, contact, memberId, moved));
    LOG.log(
        Level.INFO,
        "Anonymous member {0} merged into member {1} with {2} contact events",
        new Object[] {anonymousId, memberId, moved});
    return em.find(Member.class, memberId);
  }

  /**
   * Converts an anonymous member into a new member from the admin's draft (whose email or phone is
   * normally the sender); its contact events move to the new member. A sender the draft does not
   * keep is recorded as an extra identifier of the new member.
   */
  public Member convert(long anonymousId, @NotNull @Valid MemberDraft draft) {
    requireResolveRight();
    if (!roles.callerHolds(MEMBERS_EDIT)) {
      throw new Forbidden("anonymous.convert.forbidden");
    }
    AnonymousContact contact = contact(anonymousId);
    Member anonymous = em.find(Member.class, anonymousId);
    anonymous.releaseContactDetails();
    em.flush();

    Member created = members.add(draft);
    long moved = moveEvents(anonymousId, created.getId());
    Sender sender = contact.sender();
    remove(contact);
    if (!holds(created, sender)) {
      addIdentifier(created, sender);
    }
    resolved.fire(event(Act.CONVERTED, contact, created.getId(), moved));
    LOG.log(
        Level.INFO,
        "Anonymous member {0} converted into member {1} with {2} contact events",
        new Object[] {anonymousId, created.getId(), moved});
    return created;
  }

  /** Deletes an anonymous member and its contact events; the audit trail keeps a record. */
  public void dismiss(long anonymousId) {
    requireResolveRight();
    dismissOne(contact(anonymousId));
  }

  /** Dismisses each of these that is still anonymous; answers how many it dismissed. */
  public int dismissAll(Collection<Long> anonymousIds) {
    requireResolveRight();
    int dismissed = 0;
    for (Long id : anonymousIds.stream().filter(Objects::nonNull).distinct().toList()) {
      AnonymousContact contact = em.find(AnonymousContact.class, id);
      if (contact != null) {
        dismissOne(contact);
        dismissed++;
      }
    }
    return dismissed;
  }

  /**
   * Deletes up to {@code limit} anonymous members whose time is up, in a transaction of its own;
   * answers how many. The batch is claimed by a conditional update first, so with several instances
   * each member is deleted (and audited) once.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int expireOverdue(int limit) {
    Instant now = clock.instant();
    List<Long> ids =
        em.createNamedQuery(AnonymousContact.OVERDUE_IDS, Long.class)
            .setParameter("now", now)
            .setMaxResults(limit)
            .getResultList();
    if (ids.isEmpty()) {
      return 0;
    }
    String batch = UUID.randomUUID().toString().replace("-", "");
    int claimed =
        em.createNamedQuery(AnonymousContact.CLAIM)
            .setParameter("batch", batch)
            .setParameter("ids", ids)
            .setParameter("now", now)
            .executeUpdate();
    if (claimed == 0) {
      return 0;
    }
    List<AnonymousContact> expired =
        em.createNamedQuery(AnonymousContact.CLAIMED, AnonymousContact.class)
            .setParameter("batch", batch)
            .getResultList();
    List<Long> expiredIds = expired.stream().map(AnonymousContact::getMemberId).toList();
    for (AnonymousContact contact : expired) {
      resolved.fire(event(Act.EXPIRED, contact, null, contact.getContactCount()));
    }
    em.createNamedQuery(ContactEvent.DELETE_OF_MEMBERS)
        .setParameter("members", expiredIds)
        .executeUpdate();
    em.createQuery("DELETE FROM AnonymousContact a WHERE a.expiryBatch = :batch")
        .setParameter("batch", batch)
        .executeUpdate();
    MemberDeletes.delete(em, expiredIds, MemberKind.ANONYMOUS);
    return expiredIds.size();
  }

  private void dismissOne(AnonymousContact contact) {
    long id = contact.getMemberId();
    long deleted =
        em.createNamedQuery(ContactEvent.DELETE_OF_MEMBERS)
            .setParameter("members", List.of(id))
            .executeUpdate();
    resolved.fire(event(Act.DISMISSED, contact, null, deleted));
    remove(contact);
    LOG.log(
        Level.INFO,
        "Anonymous member {0} dismissed with {1} contact events",
        new Object[] {id, deleted});
  }

  /** Gives the member the sender as phone or email when that is empty, else as an extra one. */
  private void takeOver(Member target, Sender sender) {
    if (holds(target, sender)) {
      return;
    }
    String current = sender.phone() ? target.getPhoneE164() : target.getEmailNorm();
    if (current == null
        && roles.callerHolds(MEMBERS_EDIT)
        && roles.callerMayGrant(target.getRole())) {
      MemberDraft draft = MemberDraft.of(target);
      if (sender.phone()) {
        draft.setPhone(sender.value());
      } else {
        draft.setEmail(sender.value());
      }
      members.update(target.getId(), target.getVersion(), draft);
      return;
    }
    addIdentifier(target, sender);
  }

  private void addIdentifier(Member member, Sender sender) {
    boolean known =
        em.createNamedQuery(MemberIdentifier.BY_VALUE, MemberIdentifier.class)
            .setParameter("value", sender.value())
            .getResultStream()
            .findAny()
            .isPresent();
    if (!known) {
      em.persist(new MemberIdentifier(member.getId(), sender, clock.instant()));
      em.flush();
    }
  }

  private static boolean holds(Member member, Sender sender) {
    return sender.value().equals(sender.phone() ? member.getPhoneE164() : member.getEmailNorm());
  }

  private long moveEvents(long from, long to) {
    return em.createNamedQuery(ContactEvent.MOVE)
        .setParameter("from", from)
        .setParameter("to", to)
        .executeUpdate();
  }

  /**
   * Deletes the anonymous member and its row in anonymous_contact. The row goes first, by a bulk
   * delete: the database's cascade would otherwise remove it under the persistence context's feet
   * and make its version check fail.
   */
  private void remove(AnonymousContact contact) {
    Member anonymous = em.find(Member.class, contact.getMemberId());
    em.createQuery("DELETE FROM AnonymousContact a WHERE a.memberId = :id")
        .setParameter("id", contact.getMemberId())
        .executeUpdate();
    if (anonymous != null) {
      em.remove(anonymous);
    }
    em.flush();
  }

  private AnonymousContact contact(long id) {
    AnonymousContact contact = em.find(AnonymousContact.class, id);
    if (contact == null) {
      throw new NotFound("anonymous.notFound");
    }
    return contact;
  }

  private static AnonymousResolved event(
      Act act, AnonymousContact contact, Long memberId, long contacts) {
    return new AnonymousResolved(
        act,
        contact.getMemberId(),
        memberId,
        contact.sender().display(),
        contact.getChannel().apiName(),
        contacts);
  }

  private void requireResolveRight() {
    if (!roles.callerHolds(ANONYMOUS_RESOLVE)) {
      throw new Forbidden("anonymous.forbidden");
    }
  }
}
