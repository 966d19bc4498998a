package app.roster.audit;

import static app.roster.security.Permission.AUDIT_VIEW;

import app.roster.platform.NotFound;
import app.roster.platform.Page;
import app.roster.platform.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

/**
 * Reading the audit trail: a member's history and the whole log with filters, for holders of
 * audit.view (Owners and Admins by default). There is deliberately no method that changes or
 * removes an entry; {@link AuditTrail} only adds them.
 */
@Stateless
@RolesAllowed(AUDIT_VIEW)
public class AuditLog {

  @PersistenceContext EntityManager em;

  /** What was done to or about one member, newest first. */
  public Page<AuditEntry> history(long memberId, @NotNull PageRequest page) {
    return new AuditQueries(em).history(memberId, page);
  }

  public Page<AuditEntry> search(@NotNull AuditFilter filter, @NotNull PageRequest page) {
    return new AuditQueries(em).search(filter, page);
  }

  public long count(@NotNull AuditFilter filter) {
    return new AuditQueries(em).count(filter);
  }

  public AuditEntry find(long id) {
    AuditEntry entry = em.find(AuditEntry.class, id);
    if (entry == null) {
      throw new NotFound("audit.notFound");
    }
    return entry;
  }
}
