package app.roster.anonymous.boundary;

import static app.roster.security.Permission.MEMBERS_VIEW;

import app.roster.anonymous.entity.ContactEvent;
import app.roster.anonymous.entity.MemberIdentifier;
import app.roster.members.Members;
import app.roster.platform.Page;
import app.roster.platform.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** A member's contact events (their Contacts tab) and the extra identifiers they are reached at. */
@Stateless
@RolesAllowed(MEMBERS_VIEW)
public class ContactEvents {

  @PersistenceContext EntityManager em;

  @Inject Members members;

  /** The member's events, newest first; 404 for an unknown member. */
  public Page<ContactEvent> of(long memberId, PageRequest page) {
    members.find(memberId);
    List<ContactEvent> items =
        em.createNamedQuery(ContactEvent.OF_MEMBER, ContactEvent.class)
            .setParameter("member", memberId)
            .setFirstResult((int) Math.min(page.offset(), Integer.MAX_VALUE))
            .setMaxResults(page.size())
            .getResultList();
    long total =
        em.createNamedQuery(ContactEvent.COUNT_OF_MEMBER, Long.class)
            .setParameter("member", memberId)
            .getSingleResult();
    return new Page<>(items, total);
  }

  public List<MemberIdentifier> identifiersOf(long memberId) {
    return em.createNamedQuery(MemberIdentifier.OF_MEMBER, MemberIdentifier.class)
        .setParameter("member", memberId)
        .getResultList();
  }
}
