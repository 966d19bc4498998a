package app.roster.audit;

import app.roster.members.MemberErased;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The one exception to an insert-only audit trail: when a member's personal data is erased, the
 * entries about them keep what was done and when, but lose the details (names, emails, phones
 * before and after an edit) and the client address; entries where they acted show them by id only.
 * Runs in the erasing transaction.
 */
@ApplicationScoped
public class AuditErasure {

  static final String ERASED_DETAILS = "{\"erased\":true}";

  @PersistenceContext EntityManager em;

  void scrub(@Observes MemberErased event) {
    em.createNativeQuery(
            "UPDATE audit_entry SET details = ?, client_address = NULL WHERE member_id = ?")
        .setParameter(1, ERASED_DETAILS)
        .setParameter(2, event.memberId())
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE audit_entry SET actor_label = ?, client_address = NULL WHERE actor_id = ?")
        .setParameter(1, "Erased member #" + event.memberId())
        .setParameter(2, event.memberId())
        .executeUpdate();
  }
}
