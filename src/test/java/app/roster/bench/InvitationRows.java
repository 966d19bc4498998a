package app.roster.bench;

import app.roster.platform.Tokens;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

/**
 * Invitations for 5% of the members (never anonymous ones): pending (sent in the last week),
 * accepted (before the member was created) and expired (sent weeks ago), as the invitation service
 * leaves them.
 */
final class InvitationRows implements Part {

  static final String COLUMNS =
      "id,email,email_norm,pending_email_norm,role_id,member_id,token_hash,status,sent_at,"
          + "expires_at,reminded_at,inviter_id,accepted_at,created_at,version";

  private static final Duration TTL = Duration.ofDays(7);
  private static final Duration REMINDER_LEAD = Duration.ofDays(2);

  private final LongSupplier inviterId;

  /** Invitations sent by the member the supplier names once the earlier parts have run. */
  InvitationRows(LongSupplier inviterId) {
    this.inviterId = inviterId;
  }

  @Override
  public String name() {
    return "invitations";
  }

  @Override
  public long write(Plan plan, Connection connection, IdRanges ids) throws SQLException {
    long invited = 0;
    for (long position = 0; position < plan.members; position++) {
      if (isInvited(plan, position)) {
        invited++;
      }
    }
    long nextId = ids.reserve("invitation", Math.max(invited, 1));
    try (Rows rows = Rows.into(connection, "invitation", COLUMNS)) {
      for (long position = 0; position < plan.members; position++) {
        if (!isInvited(plan, position)) {
          continue;
        }
        SplittableRandom r = plan.random(position, Plan.INVITATION_DETAILS);
        Plan.GeneratedMember m = plan.member(position);
        int kind = r.nextInt(100);
        String status;
        Instant sent;
        Instant accepted = null;
        if (kind < 40) {
          status = "PENDING";
          sent = plan.now.minusSeconds(r.nextLong(TTL.toSeconds() - 3600));
        } else if (kind < 75) {
          status = "ACCEPTED";
          sent = m.createdAt().minus(Duration.ofHours(1 + r.nextInt(72)));
          accepted = m.createdAt();
        } else {
          status = "EXPIRED";
          sent = plan.now.minus(Duration.ofDays(8 + r.nextInt(60)));
        }
        rows.add(
            nextId,
            m.email(),
            m.emailNorm(),
            status.equals("PENDING") ? m.emailNorm() : null,
            m.roleId(),
            m.id(),
            tokenHash(plan.seed, nextId),
            status,
            Timestamp.from(sent),
            Timestamp.from(sent.plus(TTL)),
            remindedAt(status, sent, plan),
            inviterId.getAsLong(),
            accepted == null ? null : Timestamp.from(accepted),
            Timestamp.from(sent),
            0L);
        nextId++;
      }
      rows.finish();
      return rows.written();
    }
  }

  /** Pending invitations whose reminder fell due before {@code now} had it sent then. */
  private static Timestamp remindedAt(String status, Instant sent, Plan plan) {
    Instant due = sent.plus(TTL).minus(REMINDER_LEAD);
    return status.equals("PENDING") && due.isBefore(plan.now) ? Timestamp.from(due) : null;
  }

  private static boolean isInvited(Plan plan, long position) {
    // 5% of all members: anonymous members (2%) have no invitation, so 50 of the other 980.
    return !plan.isAnonymous(position)
        && plan.random(position, Plan.INVITATION).nextInt(Plan.NOT_ANONYMOUS_PER_MILLE) < 50;
  }

  /**
   * A unique stand-in for the SHA-256 of a link's token, hashed as Roster hashes; nobody holds
   * these links.
   */
  static String tokenHash(long seed, long invitationId) {
    return Tokens.hash("generated:" + seed + ":" + invitationId);
  }
}
