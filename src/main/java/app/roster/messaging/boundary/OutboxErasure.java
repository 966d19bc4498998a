package app.roster.messaging.boundary;

import app.roster.members.MemberErased;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Removes an erased member's personal data from the outbox in the erasing transaction: the messages
 * to their email or phone keep their status and times, but lose the address and bodies. A message
 * still waiting goes nowhere (its new address is in the reserved .invalid domain).
 */
@ApplicationScoped
public class OutboxErasure {

  @PersistenceContext EntityManager em;

  void scrub(@Observes MemberErased event) {
    String placeholder = "erased-" + event.memberId() + "@erased.invalid";
    em.createNativeQuery(
            "UPDATE outbox_message SET recipient = ?, recipient_norm = ?, subject = NULL,"
                + " text_body = ?, html_body = NULL WHERE recipient_norm = ? OR recipient_norm = ?")
        .setParameter(1, placeholder)
        .setParameter(2, placeholder)
        .setParameter(3, "(erased)")
        .setParameter(4, event.formerEmailNorm())
        .setParameter(5, event.formerPhoneE164() == null ? "" : event.formerPhoneE164())
        .executeUpdate();
  }
}
