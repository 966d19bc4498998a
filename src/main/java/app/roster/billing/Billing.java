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
    List<Object[]> rows =
        em.createQuery(
                "SELECT m.status, m.kind, COUNT(m) FROM Member m GROUP BY m.status, m.kind",
                Object[].class)
            .getResultList();
    for (Object[] row : rows) {
      long count = ((Number) row[2]).longValue();
      if (row[0] == MemberStatus.ARCHIVED) {
        archived += count;
      } else if (row[1] == MemberKind.ANONYMOUS) {
        anonymous += count;
      } else if (row[1] == MemberKind.TEST) {
        test += count;
      } else {
        billable += count;
      }
    }
    long total = billable + archived + anonymous + test;
    return new Usage(
        billable, new Usage.Excluded(archived, anonymous, test), total, clock.instant());
  }

  /** The billable members alone: one count over an index range. */
  @RolesAllowed(BILLING_VIEW)
  public long billable() {
    requireRight();
    return em.createQuery(
            "SELECT COUNT(m) FROM Member m WHERE m.status = :active AND m.kind = :regular",
            Long.class)
        .setParameter("active", MemberStatus.ACTIVE)
        .setParameter("regular", MemberKind.REGULAR)
        .getSingleResult();
  }

  private void requireRight() {
    if (!roles.callerHolds(BILLING_VIEW)) {
      throw new Forbidden("billing.notAllowed");
    }
  }
}
