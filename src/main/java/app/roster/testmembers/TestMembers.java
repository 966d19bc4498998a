package app.roster.testmembers;

import static app.roster.security.Permission.MEMBERS_EDIT;

import app.roster.members.Member;
import app.roster.members.MemberDeletes;
import app.roster.members.MemberKind;
import app.roster.members.TestMembersExpired;
import app.roster.members.TestMembersGenerated;
import app.roster.platform.FieldError;
import app.roster.platform.Forbidden;
import app.roster.platform.InvalidInput;
import app.roster.platform.Messages;
import app.roster.platform.NotFound;
import app.roster.roles.Role;
import app.roster.roles.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Test members in bulk: "Generate N test members" creates them in the background, {@value #BATCH}
 * per transaction, with progress kept in the database; and the expiry timer's batch delete of test
 * members whose expiry has passed. A single test member is added like any member, with "test".
 */
@Stateless
public class TestMembers {

  private static final Logger LOG = Logger.getLogger(TestMembers.class.getName());

  /** Members per transaction: short transactions, few round trips. */
  static final int BATCH = 500;

  /** The most one run generates: enough for load tests, bounded so a typo cannot flood a table. */
  public static final int MAX = 100_000;

  private static final int TRIES = 3;

  @PersistenceContext EntityManager em;

  @Inject Roles roles;

  @Inject Clock clock;

  @Inject Event<TestMembersGenerated> generated;

  @Inject Event<TestMembersExpired> expired;

  @Resource SessionContext context;

  /**
   * Records a run and starts it in the background; returns its id at once. Refuses a count outside
   * 1 to {@link #MAX}, a role the caller may not hand out, and an expiry in the past.
   */
  @RolesAllowed(MEMBERS_EDIT)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long start(int count, String roleName, Instant expiresAt) {
    long id = self().create(count, roleName, expiresAt);
    self().run(id);
    return id;
  }

  @RolesAllowed(MEMBERS_EDIT)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long create(int count, String roleName, Instant expiresAt) {
    if (count < 1 || count > MAX) {
      throw invalid("count", "testMembers.count", MAX);
    }
    if (expiresAt != null && !expiresAt.isAfter(clock.instant())) {
      throw invalid("expiresAt", "member.expiresAt.past");
    }
    if (roleName == null || roleName.isBlank()) {
      throw invalid("role", "member.role.required");
    }
    Role role = roles.require(roleName);
    if (!roles.callerMayGrant(role)) {
      throw new Forbidden(
          "member.role.notGrantable",
          new FieldError("role", Messages.get("member.role.notGrantable")));
    }
    long caller = Long.parseLong(context.getCallerPrincipal().getName());
    TestMemberRun run = new TestMemberRun(count, role, expiresAt, caller, clock.instant());
    em.persist(run);
    em.flush();
    generated.fire(new TestMembersGenerated(run.getId(), count, role.getName()));
    LOG.log(
        Level.INFO,
        "Generating {0,number,#} test members as {1} (run {2,number,#}) for member {3,number,#}",
        new Object[] {count, role.getName(), run.getId(), caller});
    return run.getId();
  }

  /** Works through the run batch by batch, each in a transaction of its own. */
  @Asynchronous
  @RolesAllowed(MEMBERS_EDIT)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void run(long id) {
    int failures = 0;
    while (true) {
      try {
        if (!self().nextBatch(id)) {
          LOG.log(Level.INFO, "Test member run {0,number,#} finished", id);
          return;
        }
        failures = 0;
      } catch (RuntimeException e) {
        failures++;
        if (failures >= TRIES) {
          LOG.log(Level.WARNING, "Test member run " + id + " stopped after failed batches", e);
          return;
        }
      }
    }
  }

  /**
   * Creates the next batch and records the progress in one transaction; the run's row is locked
   * meanwhile, so a batch is never made twice. Returns whether members remain.
   */
  @RolesAllowed(MEMBERS_EDIT)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean nextBatch(long id) {
    TestMemberRun run = em.find(TestMemberRun.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (run == null || run.isDone()) {
      return false;
    }
    int size = run.nextBatchSize(BATCH);
    Instant now = clock.instant();
    FakePeople people = new FakePeople(id * 1_000_003L + run.getCreated());
    List<String> phones = freePhones(size);
    for (int i = 0; i < size; i++) {
      FakePeople.Person person = people.next();
      String email = FakePeople.email(person, id, run.getCreated() + i + 1);
      String phone = i < phones.size() ? phones.get(i) : null;
      em.persist(
          Member.testMember(run.getRole(), person.name(), email, phone, run.getExpiresAt(), now));
    }
    run.recordBatch(size, now);
    em.flush();
    return !run.isDone();
  }

  /** The progress of a run, as the progress bar shows it. */
  @RolesAllowed(MEMBERS_EDIT)
  public TestMemberProgress progress(long id) {
    TestMemberRun run = em.find(TestMemberRun.class, id);
    if (run == null) {
      throw new NotFound("testMembers.runNotFound");
    }
    return new TestMemberProgress(run.getId(), run.getRequested(), run.getCreated());
  }

  /**
   * Deletes up to {@code limit} test members whose expiry has passed, with their invitations, in
   * the caller's transaction. The rows are locked as they are chosen, so two instances never delete
   * (nor record) the same member twice. Returns how many were deleted.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int deleteExpired(int limit) {
    List<Long> due =
        em.createQuery(
                "SELECT m.id FROM Member m WHERE m.kind = app.roster.members.MemberKind.TEST"
                    + " AND m.expiresAt <= :now ORDER BY m.expiresAt",
                Long.class)
            .setParameter("now", clock.instant())
            .setMaxResults(limit)
            .getResultList();
    if (due.isEmpty()) {
      return 0;
    }
    // Lock what is still there: another instance may have deleted some meanwhile.
    List<Long> ids =
        em.createQuery("SELECT m.id FROM Member m WHERE m.id IN :ids", Long.class)
            .setParameter("ids", due)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    if (ids.isEmpty()) {
      return 0;
    }
    em.createQuery("DELETE FROM Invitation i WHERE i.member.id IN :ids")
        .setParameter("ids", ids)
        .executeUpdate();
    MemberDeletes.delete(em, ids, MemberKind.TEST);
    expired.fire(new TestMembersExpired(ids));
    return ids.size();
  }

  /**
   * Up to {@code count} fictional numbers no member has yet, taken from the pool's next positions.
   * Taking the positions updates one counter row, which also orders concurrent runs.
   */
  private List<String> freePhones(int count) {
    em.createNativeQuery(
            "UPDATE id_sequence SET seq_count = seq_count + ? WHERE seq_name = 'test_member_phone'")
        .setParameter(1, count)
        .executeUpdate();
    long end =
        ((Number)
                em.createNativeQuery(
                        "SELECT seq_count FROM id_sequence WHERE seq_name = 'test_member_phone'")
                    .getSingleResult())
            .longValue();
    List<String> candidates = new ArrayList<>();
    for (long p = end - count; p < end; p++) {
      FictionalPhones.at(p).ifPresent(candidates::add);
    }
    if (candidates.isEmpty()) {
      return candidates;
    }
    Set<String> taken =
        new HashSet<>(
            em.createQuery(
                    "SELECT m.phoneE164 FROM Member m WHERE m.phoneE164 IN :phones", String.class)
                .setParameter("phones", candidates)
                .getResultList());
    candidates.removeAll(taken);
    return candidates;
  }

  private TestMembers self() {
    return context.getBusinessObject(TestMembers.class);
  }

  private static InvalidInput invalid(String field, String key, Object... args) {
    return new InvalidInput(key, new FieldError(field, Messages.get(key, args)));
  }
}
