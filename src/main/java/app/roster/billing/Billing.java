package app.roster.billing;

import static app.roster.security.Permission.BILLING_VIEW;

import app.roster.members.MemberKind;
import app.roster.members.MemberStatus;
import app.roster.platform.Forbidden;
import app.roster.roles.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * How many members the workspace is billed for. One grouped count over the (status, kind) index
 * gives the billable members and every reason for leaving one out; the console header asks for the
 * billable number alone through {@link BillableCount}, which keeps it for a minute.
 */
@Stateless
public class Billing {

  @PersistenceContext EntityManager em;

  @Inject Roles roles;

  @Inject Clock clock;

  @RolesAllowed(BILLING_VIEW)
  public Usage usage() {
    requireRight();
    long billable = 0;
    long archived = 0;
    long anonymous = 0;
    long test = 0;
    // member_tally: counters the database keeps in step with every write (see MemberQueries).
    List<?> rows =
        em.createNativeQuery(
                "SELECT status, kind, SUM(members) FROM member_tally GROUP BY status, kind")
            .getResultList();
    for (Object result : rows) {
      Object[] row = (Object[]) result;
      long count = ((Number) row[2]).longValue();
      if (MemberStatus.ARCHIVED.name().equals(row[0])) {
        archived += count;
      } else if (MemberKind.ANONYMOUS.name().equals(row[1])) {
        anonymous += count;
      } else if (MemberKind.TEST.name().equals(row[1])) {
        test += count;
      } else {
        billable += count;
      }
    }
    long total = billable + archived + anonymous + test;
    return new Usage(
        billable, new Usage.Excluded(archived, anonymous, test), total, clock.instant());
  }

  /** The billable members alone, summed from member_tally. */
  @RolesAllowed(BILLING_VIEW)
  public long billable() {
    requireRight();
    Object sum =
        em.createNativeQuery(
                "SELECT COALESCE(SUM(members), 0) FROM member_tally WHERE status = ? AND kind = ?")
            .setParameter(1, MemberStatus.ACTIVE.name())
            .setParameter(2, MemberKind.REGULAR.name())
            .getSingleResult();
    return ((Number) sum).longValue();
  }

  private void requireRight() {
    if (!roles.callerHolds(BILLING_VIEW)) {
      throw new Forbidden("billing.notAllowed");
    }
  }
}
