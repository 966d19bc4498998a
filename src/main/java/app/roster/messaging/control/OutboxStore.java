package app.roster.messaging.control;

import app.roster.messaging.entity.MessageStatus;
import app.roster.messaging.entity.OutboxMessage;
import app.roster.platform.RosterDataSource;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The dispatcher's reads and writes, each in a short transaction of its own, so that no database
 * transaction stays open while a transport talks to a server.
 *
 * <p>Claiming: due ids are read first, then taken with one conditional UPDATE that re-checks status
 * and due time, writes a claim token and pushes next_attempt_at to the end of the claim. The UPDATE
 * locks the rows it changes and re-reads them after any concurrent claim commits, so of several
 * instances racing for a row exactly one wins; the others' UPDATE skips it. The rows are then read
 * back by id and token. On MySQL and MariaDB the candidate read also uses {@code FOR UPDATE SKIP
 * LOCKED}, so racing instances get different rows instead of waiting for each other; H2 accepts
 * that clause but applies LIMIT before skipping, so there the plain read is used (one H2 file
 * serves one instance anyway).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxStore {

  private static final String DUE_SQL =
      "SELECT id FROM outbox_message WHERE status = ? AND next_attempt_at <= ?"
          + " ORDER BY next_attempt_at LIMIT ";

  private Boolean skipLocked;

  @PersistenceContext EntityManager em;

  @Resource(lookup = RosterDataSource.JNDI_NAME)
  DataSource dataSource;

  /**
   * Claims up to {@code limit} due messages (pending ones whose time has come, and sending ones
   * whose claim ran out because their instance stopped) until {@code until}.
   */
  public Claim claim(String token, Instant now, Instant until, int limit) {
    if (usesSkipLocked()) {
      // The first statement of this transaction, so it applies to it alone: under MySQL's default
      // REPEATABLE READ the locking read below also locks the gaps of the due range, and a
      // transaction queueing a new message into that range could deadlock with the claim.
      em.createNativeQuery("SET TRANSACTION ISOLATION LEVEL READ COMMITTED").executeUpdate();
    }
    List<Long> ids = new ArrayList<>(dueIds(MessageStatus.PENDING, now, limit));
    if (ids.size() < limit) {
      ids.addAll(dueIds(MessageStatus.SENDING, now, limit - ids.size()));
    }
    if (ids.isEmpty()) {
      return new Claim(0, List.of());
    }
    em.createNamedQuery(OutboxMessage.CLAIM)
        .setParameter("claim", token)
        .setParameter("until", until)
        .setParameter("ids", ids)
        .setParameter("claimable", List.of(MessageStatus.PENDING, MessageStatus.SENDING))
        .setParameter("now", now)
        .executeUpdate();
    List<Envelope> claimed =
        em.createNamedQuery(OutboxMessage.CLAIMED, OutboxMessage.class)
            .setParameter("ids", ids)
            .setParameter("claim", token)
            .getResultStream()
            .map(Envelope::of)
            .toList();
    return new Claim(ids.size(), claimed);
  }

  /** Records a delivery (SENT) or a capture; false when the claim had been taken over. */
  public boolean delivered(Envelope envelope, MessageStatus status, Instant at) {
    return em.createNamedQuery(OutboxMessage.DELIVERED)
            .setParameter("status", status)
            .setParameter("sentAt", status == MessageStatus.SENT ? at : null)
            .setParameter("id", envelope.id())
            .setParameter("claim", envelope.claim())
            .executeUpdate()
        == 1;
  }

  /**
   * Records that these messages of one claim were sent, with one statement; returns how many were
   * still held by that claim (the others had been taken over).
   */
  public int sent(String claim, List<Long> ids, Instant at) {
    return em.createNamedQuery(OutboxMessage.DELIVERED_ALL)
        .setParameter("status", MessageStatus.SENT)
        .setParameter("sentAt", at)
        .setParameter("ids", ids)
        .setParameter("claim", claim)
        .executeUpdate();
  }

  /** Records a failed attempt: PENDING again at {@code nextAttempt}, or FAILED without one. */
  public boolean attemptFailed(Envelope envelope, String error, Instant nextAttempt, Instant now) {
    boolean retry = nextAttempt != null;
    return em.createNamedQuery(OutboxMessage.ATTEMPT_FAILED)
            .setParameter("status", retry ? MessageStatus.PENDING : MessageStatus.FAILED)
            .setParameter("next", retry ? nextAttempt : now)
            .setParameter("error", OutboxMessage.shortError(error))
            .setParameter("id", envelope.id())
            .setParameter("claim", envelope.claim())
            .executeUpdate()
        == 1;
  }

  /** Hands claimed messages back untried, due at once, without counting an attempt. */
  public void release(List<Envelope> envelopes, Instant now) {
    if (envelopes.isEmpty()) {
      return;
    }
    em.createNamedQuery(OutboxMessage.RELEASE)
        .setParameter("now", now)
        .setParameter("ids", envelopes.stream().map(Envelope::id).toList())
        .setParameter("claim", envelopes.get(0).claim())
        .executeUpdate();
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long count(MessageStatus status) {
    return em.createNamedQuery(OutboxMessage.COUNT_WITH_STATUS, Long.class)
        .setParameter("status", status)
        .getSingleResult();
  }

  @SuppressWarnings("unchecked")
  private List<Long> dueIds(MessageStatus status, Instant now, int limit) {
    String sql = DUE_SQL + limit + (usesSkipLocked() ? " FOR UPDATE SKIP LOCKED" : "");
    List<Object> rows =
        em.createNativeQuery(sql)
            .setParameter(1, status.name())
            .setParameter(2, java.sql.Timestamp.from(now))
            .getResultList();
    return rows.stream().map(id -> ((Number) id).longValue()).toList();
  }

  private boolean usesSkipLocked() {
    if (skipLocked == null) {
      skipLocked = !databaseProduct().contains("h2");
    }
    return skipLocked;
  }

  private String databaseProduct() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
    }
  }

  /** What one claim found: how many rows were due, and the ones this claim won. */
  public record Claim(int due, List<Envelope> envelopes) {}
}
