package app.roster.invitations;

import static app.roster.security.Permission.MEMBERS_INVITE;

import app.roster.members.Member;
import app.roster.platform.FieldError;
import app.roster.platform.Forbidden;
import app.roster.platform.InvalidInput;
import app.roster.platform.Messages;
import app.roster.platform.NotFound;
import app.roster.roles.Role;
import app.roster.roles.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Bulk invites: an admin gives many addresses with one role, and Roster invites them in the
 * background, {@value #BATCH} addresses per transaction, as single invitations would be (the same
 * checks, the mails through the outbox). The progress and every address's outcome are kept in the
 * database, so the progress page survives a reload and shows the same on every instance.
 */
@Stateless
public class BulkInvites {

  private static final Logger LOG = Logger.getLogger(BulkInvites.class.getName());

  /** Addresses per transaction: small enough for short transactions, large enough to be quick. */
  static final int BATCH = 250;

  /**
   * Tries per batch; a batch that lost a race (an invitation sent meanwhile) is classified anew.
   */
  private static final int TRIES = 3;

  @PersistenceContext EntityManager em;

  @EJB Invitations invitations;

  @EJB Roles roles;

  @Inject Clock clock;

  @Resource SessionContext context;

  /**
   * Records a bulk invite of these distinct addresses and starts it in the background; returns its
   * id at once. Refuses an empty list, more than {@link BulkAddresses#MAX} addresses, and a role
   * the caller may not hand out.
   */
  @RolesAllowed(MEMBERS_INVITE)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public long start(List<String> addresses, String roleName) {
    if (addresses.isEmpty()) {
      throw invalid("addresses", "invitations.bulk.empty");
    }
    if (addresses.size() > BulkAddresses.MAX) {
      throw invalid("addresses", "invitations.bulk.tooMany", BulkAddresses.MAX, addresses.size());
    }
    long id = self().create(addresses, roleName);
    self().run(id);
    return id;
  }

  @RolesAllowed(MEMBERS_INVITE)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long create(List<String> addresses, String roleName) {
    if (roleName == null || roleName.isBlank()) {
      throw invalid("role", "invitations.role.required");
    }
    Role role = roles.require(roleName);
    if (!roles.callerMayGrant(role)) {
      throw new Forbidden(
          "member.role.notGrantable",
          new FieldError("role", Messages.get("member.role.notGrantable")));
    }
    Member inviter = em.find(Member.class, Long.valueOf(context.getCallerPrincipal().getName()));
    BulkInvite bulk = new BulkInvite(role, inviter, addresses, clock.instant());
    em.persist(bulk);
    em.flush();
    LOG.log(
        Level.INFO,
        "Bulk invite {0,number,#} of {1,number,#} addresses as {2} started by member {3,number,#}",
        new Object[] {bulk.getId(), addresses.size(), role.getName(), inviter.getId()});
    return bulk.getId();
  }

  /** Works through the bulk invite batch by batch, each batch in a transaction of its own. */
  @Asynchronous
  @RolesAllowed(MEMBERS_INVITE)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void run(long id) {
    int failures = 0;
    while (true) {
      try {
        if (!self().nextBatch(id)) {
          return;
        }
        failures = 0;
      } catch (RuntimeException e) {
        failures++;
        if (failures >= TRIES) {
          LOG.log(
              Level.WARNING,
              "Bulk invite " + id + " stopped after " + TRIES + " failed tries of one batch",
              e);
          return;
        }
        LOG.log(Level.FINE, "Bulk invite {0,number,#}: a batch failed and is tried again", id);
      }
    }
  }

  /**
   * Invites the next batch and records its outcomes and the progress, all in one transaction.
   * Returns whether addresses remain.
   */
  @RolesAllowed(MEMBERS_INVITE)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean nextBatch(long id) {
    BulkInvite bulk = em.find(BulkInvite.class, id);
    if (bulk == null || bulk.isDone()) {
      return false;
    }
    List<String> batch = bulk.nextAddresses(BATCH);
    List<BulkOutcome> outcomes = invitations.inviteBatch(batch, bulk.getRole().getName());
    Map<BulkOutcome, Integer> counts = new EnumMap<>(BulkOutcome.class);
    for (int i = 0; i < batch.size(); i++) {
      BulkOutcome outcome = outcomes.get(i);
      counts.merge(outcome, 1, Integer::sum);
      em.createNativeQuery(
              "INSERT INTO bulk_invite_address (bulk_invite_id, position, email, outcome)"
                  + " VALUES (?, ?, ?, ?)")
          .setParameter(1, id)
          .setParameter(2, bulk.getProcessed() + i)
          .setParameter(3, truncated(batch.get(i)))
          .setParameter(4, outcome.name())
          .executeUpdate();
    }
    bulk.handled(counts, batch.size(), clock.instant());
    em.flush();
    if (bulk.isDone()) {
      LOG.log(
          Level.INFO,
          "Bulk invite {0,number,#} done: {1,number,#} invited, {2,number,#} already pending,"
              + " {3,number,#} already members, {4,number,#} invalid",
          new Object[] {
            id, bulk.getInvited(), bulk.getPending(), bulk.getMembers(), bulk.getInvalid()
          });
    }
    return !bulk.isDone();
  }

  /** Where a bulk invite stands: its counts, for the progress bar and the summary. */
  @RolesAllowed(MEMBERS_INVITE)
  public BulkProgress progress(long id) {
    BulkInvite bulk = em.find(BulkInvite.class, id);
    if (bulk == null) {
      throw new NotFound("invitations.bulk.notFound");
    }
    em.refresh(bulk);
    return BulkProgress.of(bulk);
  }

  /** The addresses with one outcome, in the order given, at most {@code limit}. */
  @RolesAllowed(MEMBERS_INVITE)
  public List<String> addresses(long id, BulkOutcome outcome, int limit) {
    return em
        .createNativeQuery(
            "SELECT email FROM bulk_invite_address WHERE bulk_invite_id = ? AND outcome = ?"
                + " ORDER BY position")
        .setParameter(1, id)
        .setParameter(2, outcome.name())
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(String::valueOf)
        .toList();
  }

  private BulkInvites self() {
    return context.getBusinessObject(BulkInvites.class);
  }

  private static String truncated(String email) {
    return email.length() <= 320 ? email : email.substring(0, 317) + "...";
  }

  private static InvalidInput invalid(String field, String key, Object... args) {
    return new InvalidInput(key, new FieldError(field, Messages.get(key, args)));
  }
}
