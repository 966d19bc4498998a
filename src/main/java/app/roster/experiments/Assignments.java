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
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Who is in which group. A member is assigned lazily, the first time a CEL condition asks {@code
 * experiment('key')} about them (or a client asks through the API), to the group the {@link
 * Bucketing} gives, and then stays there: later evaluations read the stored row, weight changes
 * move nobody. Admins may also put a member into a group explicitly. Draft and stopped experiments,
 * archived and ineligible members get no group and store nothing.
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

  /** Puts many members into a group at once (a batch of the console's bulk assignment). */
  @RolesAllowed(EXPERIMENTS_MANAGE)
  public int assignAll(String key, List<Long> memberIds, String groupName) {
    require(EXPERIMENTS_MANAGE);
    Experiment experiment = byKey(key).orElseThrow(() -> new NotFound("experiment.notFound"));
    ExperimentGroup group = groupOf(experiment, groupName);
    Long actor = callerId();
    for (long memberId : memberIds) {
      place(experiment, group, memberId, actor);
    }
    return memberIds.size();
  }

  /** Members assigned per transaction when everyone with a label is put into a group. */
  public static final int BATCH = 200;

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
   * group, in this one transaction; the console calls it again with the returned id until done.
   * Walks the index on (label_id, member_id), so each batch costs the same however far it is.
   */
  @RolesAllowed(EXPERIMENTS_MANAGE)
  public LabelledBatch assignLabelled(
      String key, String labelName, String groupName, long afterMemberId) {
    require(EXPERIMENTS_MANAGE);
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
    if (ids.isEmpty()) {
      return new LabelledBatch(0, afterMemberId, true);
    }
    List<Long> memberIds = ids.stream().map(Number::longValue).toList();
    assignAll(key, memberIds, groupName);
    LOG.log(
        Level.INFO,
        "{0} members labelled {1} put into group {2} of experiment {3}",
        new Object[] {memberIds.size(), labelName, groupName, key});
    return new LabelledBatch(
        memberIds.size(), memberIds.get(memberIds.size() - 1), memberIds.size() < BATCH);
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
      existing.get().regroup(group, actorId, clock.instant());
      return existing.get();
    }
    Assignment assignment = Assignment.explicit(group, memberId, actorId, clock.instant());
    em.persist(assignment);
    return assignment;
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
    if (experiment.getStatus() == ExperimentStatus.STOPPED) {
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
