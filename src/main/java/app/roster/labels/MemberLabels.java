package app.roster.labels;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts labels on members and takes them off, firing {@link LabelAdded} and {@link LabelRemoved} in
 * the same transaction for each change that happened. It checks no permission: {@link Labels}
 * checks the caller first, and automations (Actions) call it directly as the system. Joins the
 * caller's transaction (MANDATORY), so the change and its audit entry commit together.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class MemberLabels {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject Event<LabelAdded> added;

  @Inject Event<LabelRemoved> removed;

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Label> byName(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    return em.createNamedQuery(Label.BY_NAME, Label.class)
        .setParameter("name", Label.normalize(name))
        .getResultStream()
        .findFirst();
  }

  /** The member's labels by name. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Label> of(long memberId) {
    return em.createNamedQuery(MemberLabel.LABELS_OF, Label.class)
        .setParameter("member", memberId)
        .getResultList();
  }

  /** The names of the member's labels, as CEL conditions see them (member.labels). */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<String> namesOf(long memberId) {
    return of(memberId).stream().map(Label::getName).toList();
  }

  /** The labels of several members in one query; members without labels are absent. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Map<Long, List<Label>> ofMembers(Collection<Long> memberIds) {
    Map<Long, List<Label>> byMember = new HashMap<>();
    if (memberIds.isEmpty()) {
      return byMember;
    }
    List<Object[]> rows =
        em.createNamedQuery(MemberLabel.LABELS_OF_MANY, Object[].class)
            .setParameter("members", memberIds)
            .getResultList();
    for (Object[] row : rows) {
      byMember
          .computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
          .add((Label) row[1]);
    }
    return byMember;
  }

  /** Adds the label unless the member has it; answers whether it was added. */
  public boolean add(long memberId, Label label) {
    if (em.find(MemberLabel.class, new MemberLabel.Key(memberId, label.getId())) != null) {
      return false;
    }
    em.persist(new MemberLabel(memberId, label.getId(), clock.instant()));
    em.flush();
    added.fire(new LabelAdded(memberId, label.getId(), label.getName()));
    return true;
  }

  /** Removes the label if the member has it; answers whether it was removed. */
  public boolean remove(long memberId, Label label) {
    int rows =
        em.createQuery("DELETE FROM MemberLabel ml WHERE ml.memberId = :m AND ml.labelId = :l")
            .setParameter("m", memberId)
            .setParameter("l", label.getId())
            .executeUpdate();
    if (rows == 0) {
      return false;
    }
    removed.fire(new LabelRemoved(memberId, label.getId(), label.getName()));
    return true;
  }
}
