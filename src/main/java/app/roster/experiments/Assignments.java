package app.roster.experiments;

import static app.roster.security.Permission.EXPERIMENTS_MANAGE;
import static app.roster.security.Permission.MEMBERS_VIEW;

import app.roster.access.Condition;
import app.roster.access.ConditionFacts;
import app.roster.access.ConditionSubject;
import app.roster.access.Conditions;
import app.roster.labels.MemberLabels;
import app.roster.members.Member;
import app.roster.platform.Conflict;
import app.roster.platform.FieldError;
import app.roster.platform.Forbidden;
import app.roster.platform.InvalidInput;
import app.roster.platform.Messages;
import app.roster.platform.NotFound;
import app.roster.roles.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.security.Principal;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Who is in which group. A member is assigned lazily, the first time a CEL condition asks {@code
 * experiment('key')} about them (or a client asks through the API), to the group the {@link
 * Bucketing} gives, and then stays there: later evaluations read the stored row, weight changes
 * move nobody. Admins may also put a member into a group explicitly (replacing their group), or
 * many members at once (a selection or everyone with a label, in batches; members who have a group
 * keep it). Explicit assignments are fired for the audit trail, lazy ones are not. Draft and
 * stopped experiments, archived and ineligible members get no lazy group and store nothing.
 */
@Stateless
public class Assignments {

  private static final Logger LOG = Logger.getLogger(Assignments.class.getName());

  /** Tries to store a first assignment before giving up (each lost race reads the winner). */
  static final int ATTEMPTS = 4;

  @PersistenceContext EntityManager em;

  @Inject AssignmentStore store;

  @Inject Conditions conditions;

  @Inject MemberLabels memberLabels;

  @Inject Roles roles;

  @Inject Principal caller;

  @Inject Clock clock;

  @Inject Event<MemberAssigned> assigned;

  /**
   * The group for {@code experiment('key')} in a CEL condition: assigns on first evaluation when
   * the evaluation has a trigger, only tells otherwise (a preview). Never refuses: no group is the
   * empty string.
   */
  public String forCondition(String key, ConditionSubject subject) {
    Optional<Experiment> experiment = byKey(key);
    if (experiment.isEmpty()) {
      return ExperimentFunction.NO_GROUP;
    }
    return decide(experiment.get(), subject.memberId(), subject.facts(), subject.trigger())
        .map(AssignmentView::group)
        .orElse(ExperimentFunction.NO_GROUP);
  }

  /**
   * The member's group, assigning them lazily on the first call (idempotent: later calls return the
   * stored assignment). Empty when the member gets no group.
   */
  @RolesAllowed(EXPERIMENTS_MANAGE)
  public Optional<AssignmentView> assignLazily(String key, long memberId, String trigger) {
    require(EXPERIMENTS_MANAGE);
    Experiment experiment = byKey(key).orElseThrow(() -> new NotFound("experiment.notFound"));
    Member member = member(memberId);
    Map<String, Object> facts = ConditionFacts.of(member, memberLabels.namesOf(memberId), clock);
    return decide(experiment, memberId, facts, trigger);
  }

  /** Puts the member into the group by an admin's decision, replacing any earlier assignment. */
  @RolesAllowed(EXPERIMENTS_MANAGE)
  public AssignmentView assign(String key, long memberId, String groupName) {
    require(EXPERIMENTS_MANAGE);
    Experiment experiment = byKey(key).orElseThrow(() -> new NotFound("experiment.notFound"));
    ExperimentGroup group = groupOf(experiment, groupName);
    member(memberId);
    Assignment assignment = place(experiment, group, memberId, callerId());
    LOG.log(
        Level.INFO,
        "Member {0} put into group {1} of experiment {2}",
        new Object[] {memberId, group.getName(), experiment.getKey()});
    return AssignmentView.of(assignment, AssignmentStore.actorName(em, assignment.getActorId()));
  }

  /** Members put into a group per transaction by a bulk assignment. */
  public static final int BATCH = 200;

  /** Bulk assignments over the API name at most this many members per request. */
  public static final int MAX_IDS_PER_REQUEST = 1_000;

  /**
   * Puts the next {@value #BATCH} of the given members (by id, after the given one) into the group,
   * in this one transaction; the caller asks again with the returned id until done. Members who are
   * in the experiment already keep their group (counted as kept), ids of no member are skipped.
   */
  @RolesAllowed(EXPERIMENTS_MANAGE)
  public MemberBatch assignSelected(
      String key, String groupName, Collection<Long> memberIds, long afterMemberId) {
    require(EXPERIMENTS_MANAGE);
    Experiment experiment = byKey(key).orElseThrow(() -> new NotFound("experiment.notFound"));
    ExperimentGroup group = groupOf(experiment, groupName);
    List<Long> ids = MemberBatch.slice(memberIds, afterMemberId, BATCH);
    MemberBatch batch = assignNew(experiment, group, ids, afterMemberId);
    LOG.log(
        Level.INFO,
        "{0} selected members put into group {1} of experiment {2}, {3} kept their group",
        new Object[] {batch.assigned(), group.getName(), key, batch.kept()});
    return batch;
  }

  /** Refuses an empty selection, or one of more than {@code max} members. */
  static void requireSelection(Collection<Long> memberIds, int max, String field) {
    if (memberIds == null || memberIds.isEmpty()) {
      throw new InvalidInput(
          "experiment.selection.empty",
          new FieldError(field, Messages.get("experiment.selection.empty")));
    }
    if (memberIds.size() > max) {
      throw new InvalidInput(
          "experiment.selection.tooMany",
          new FieldError(field, Messages.get("experiment.selection.tooMany", max)));
    }
  }

  /** How many members carry the label: the size of a labelled assignment, for its progress. */
  @RolesAllowed(EXPERIMENTS_MANAGE)
  public long countLabelled(String labelName) {
    require(EXPERIMENTS_MANAGE);
    long labelId = labelId(labelName);
    return ((Number)
            em.createNativeQuery("SELECT COUNT(*) FROM member_label WHERE label_id = ?")
                .setParameter(1, labelId)
                .getSingleResult())
        .longValue();
  }

  /**
   * Puts the next {@value #BATCH} members carrying the label (by id, after the given one) into the
   * group, in this one transaction, like {@link #assignSelected}; members in the experiment already
   * keep their group. Walks the index on (label_id, member_id), so each batch costs the same
   * however far it is.
   */
  @RolesAllowed(EXPERIMENTS_MANAGE)
  public MemberBatch assignLabelled(
      String key, String labelName, String groupName, long afterMemberId) {
    require(EXPERIMENTS_MANAGE);
    Experiment experiment = byKey(key).orElseThrow(() -> new NotFound("experiment.notFound"));
    ExperimentGroup group = groupOf(experiment, groupName);
    long labelId = labelId(labelName);
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT member_id FROM member_label WHERE label_id = ? AND member_id > ?"
                    + " ORDER BY member_id")
            .setParameter(1, labelId)
            .setParameter(2, afterMemberId)
            .setMaxResults(BATCH)
            .getResultList();
    MemberBatch batch =
        assignNew(experiment, group, ids.stream().map(Number::longValue).toList(), afterMemberId);
    LOG.log(
        Level.INFO,
        "{0} members labelled {1} put into group {2} of experiment {3}, {4} kept their group",
        new Object[] {batch.assigned(), labelName, groupName, key, batch.kept()});
    return batch;
  }

  /** One batch of a bulk assignment: members without a group in the experiment get this one. */
  private MemberBatch assignNew(
      Experiment experiment, ExperimentGroup group, List<Long> ids, long afterMemberId) {
    if (ids.isEmpty()) {
      return MemberBatch.finished(afterMemberId);
    }
    Set<Long> placed =
        new HashSet<>(
            em.createNamedQuery(Assignment.MEMBERS_AMONG, Long.class)
                .setParameter("experiment", experiment.getId())
                .setParameter("members", ids)
                .getResultList());
    Set<Long> existing =
        new HashSet<>(
            em.createQuery("SELECT m.id FROM Member m WHERE m.id IN :ids", Long.class)
                .setParameter("ids", ids)
                .getResultList());
    Long actor = callerId();
    int assigned = 0;
    int kept = 0;
    int skipped = 0;
    for (long memberId : ids) {
      if (!existing.contains(memberId)) {
        skipped++;
      } else if (placed.contains(memberId)) {
        kept++;
      } else {
        em.persist(Assignment.explicit(group, memberId, actor, clock.instant()));
        fireAssigned(experiment, group, memberId, null);
        assigned++;
      }
    }
    return new MemberBatch(assigned, kept, skipped, ids.get(ids.size() - 1), ids.size() < BATCH);
  }

  private long labelId(String labelName) {
    return memberLabels
        .byName(labelName)
        .orElseThrow(
            () ->
                new InvalidInput(
                    "label.notFound", new FieldError("label", Messages.get("label.notFound"))))
        .getId();
  }

  /** Every experiment the member is in, newest assignment first. */
  @RolesAllowed({EXPERIMENTS_MANAGE, MEMBERS_VIEW})
  public List<AssignmentView> ofMember(long memberId) {
    if (!roles.callerHolds(EXPERIMENTS_MANAGE) && !roles.callerHolds(MEMBERS_VIEW)) {
      throw new Forbidden("error.forbidden");
    }
    member(memberId);
    return em.createNamedQuery(Assignment.OF_MEMBER, Assignment.class)
        .setParameter("member", memberId)
        .getResultStream()
        .map(a -> AssignmentView.of(a, AssignmentStore.actorName(em, a.getActorId())))
        .toList();
  }

  // Deciding

  private Optional<AssignmentView> decide(
      Experiment experiment, long memberId, Map<String, Object> facts, String trigger) {
    if (!experiment.isRunning()) {
      return Optional.empty();
    }
    boolean records = trigger != null;
    Optional<AssignmentView> stored =
        records ? store.find(experiment.getId(), memberId) : storedHere(experiment, memberId);
    if (stored.isPresent()) {
      return stored;
    }
    if (!"active".equals(facts.get("status")) || !eligible(experiment, facts)) {
      return Optional.empty();
    }
    ExperimentGroup group = experiment.bucketFor(memberId);
    if (!records) {
      return Optional.of(AssignmentView.preview(experiment, memberId, group));
    }
    return Optional.of(storeFirst(experiment, group, memberId, trigger));
  }

  private boolean eligible(Experiment experiment, Map<String, Object> facts) {
    if (experiment.getCondition() == null) {
      return true;
    }
    Condition condition = conditions.compile(experiment.getCondition(), "condition");
    return ExperimentFunction.whileDeciding(() -> condition.test(facts, clock.instant()).allowed());
  }

  /**
   * Stores the first assignment; when another evaluation stored one first (the unique index refuses
   * ours), that one is read back and returned, so every caller sees the same row.
   */
  private AssignmentView storeFirst(
      Experiment experiment, ExperimentGroup group, long memberId, String trigger) {
    RuntimeException lost = null;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      try {
        AssignmentView stored = store.insertLazy(group.getId(), memberId, trigger);
        LOG.log(
            Level.INFO,
            "Member {0} assigned to group {1} of experiment {2} ({3})",
            new Object[] {memberId, group.getName(), experiment.getKey(), trigger});
        return stored;
      } catch (EJBException | PersistenceException e) {
        lost = e;
      }
      Optional<AssignmentView> winner = store.find(experiment.getId(), memberId);
      if (winner.isPresent()) {
        return winner.get();
      }
      pause(attempt);
    }
    throw new IllegalStateException("Could not store the assignment of member " + memberId, lost);
  }

  private Optional<AssignmentView> storedHere(Experiment experiment, long memberId) {
    return em.createNamedQuery(Assignment.OF, Assignment.class)
        .setParameter("experiment", experiment.getId())
        .setParameter("member", memberId)
        .getResultStream()
        .findFirst()
        .map(a -> AssignmentView.of(a, AssignmentStore.actorName(em, a.getActorId())));
  }

  private Assignment place(
      Experiment experiment, ExperimentGroup group, long memberId, Long actorId) {
    Optional<Assignment> existing =
        em.createNamedQuery(Assignment.OF, Assignment.class)
            .setParameter("experiment", experiment.getId())
            .setParameter("member", memberId)
            .getResultStream()
            .findFirst();
    if (existing.isPresent()) {
      Assignment before = existing.get();
      fireAssigned(experiment, group, memberId, before);
      before.regroup(group, actorId, clock.instant());
      return before;
    }
    Assignment assignment = Assignment.explicit(group, memberId, actorId, clock.instant());
    em.persist(assignment);
    fireAssigned(experiment, group, memberId, null);
    return assignment;
  }

  private void fireAssigned(
      Experiment experiment, ExperimentGroup group, long memberId, Assignment previous) {
    assigned.fire(
        new MemberAssigned(
            experiment.getId(),
            experiment.getKey(),
            memberId,
            group.getName(),
            previous == null ? null : previous.getGroup().getName(),
            previous == null ? null : previous.getMethod().word()));
  }

  // Lookups

  Optional<Experiment> byKey(String key) {
    if (key == null) {
      return Optional.empty();
    }
    return em.createNamedQuery(Experiment.BY_KEY, Experiment.class)
        .setParameter("key", key.strip())
        .getResultStream()
        .findFirst();
  }

  private ExperimentGroup groupOf(Experiment experiment, String groupName) {
    if (!experiment.acceptsExplicitAssignment()) {
      throw new Conflict(
          "experiment.stopped", new FieldError("status", Messages.get("experiment.stopped")));
    }
    return experiment
        .group(groupName == null ? "" : groupName.strip())
        .orElseThrow(
            () ->
                new InvalidInput(
                    "experiment.group.unknown",
                    new FieldError("group", Messages.get("experiment.group.unknown", groupName))));
  }

  private Member member(long memberId) {
    Member member = em.find(Member.class, memberId);
    if (member == null) {
      throw new NotFound("member.notFound");
    }
    return member;
  }

  private Long callerId() {
    String name = caller == null ? null : caller.getName();
    return name != null && !name.isEmpty() && name.chars().allMatch(Character::isDigit)
        ? Long.valueOf(name)
        : null;
  }

  private void require(String permission) {
    if (!roles.callerHolds(permission)) {
      throw new Forbidden("error.forbidden");
    }
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(20L * (attempt + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
