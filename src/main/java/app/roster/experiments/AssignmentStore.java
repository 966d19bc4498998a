package app.roster.experiments;

import app.roster.members.Member;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;

/**
 * Reads and writes single assignments in transactions of their own, so that a first assignment is
 * committed (and visible to every other evaluation) at once, whatever the surrounding transaction
 * does, and so that a lost race on the unique (experiment, member) index is read back afresh.
 */
@Stateless
public class AssignmentStore {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<AssignmentView> find(long experimentId, long memberId) {
    return em.createNamedQuery(Assignment.OF, Assignment.class)
        .setParameter("experiment", experimentId)
        .setParameter("member", memberId)
        .getResultStream()
        .findFirst()
        .map(a -> AssignmentView.of(a, actorName(em, a.getActorId())));
  }

  /** Stores a lazy assignment; fails on the unique index when another evaluation came first. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public AssignmentView insertLazy(long groupId, long memberId, String trigger) {
    ExperimentGroup group = em.find(ExperimentGroup.class, groupId);
    Assignment assignment = Assignment.lazy(group, memberId, trigger, clock.instant());
    em.persist(assignment);
    em.flush();
    // Read back as stored, so this answer equals every later one (MariaDB through Connector/J
    // keeps whole seconds only; see the README's known limitations).
    em.refresh(assignment);
    return AssignmentView.of(assignment, null);
  }

  static String actorName(EntityManager em, Long actorId) {
    if (actorId == null) {
      return null;
    }
    Member actor = em.find(Member.class, actorId);
    return actor == null ? null : actor.getName();
  }
}
