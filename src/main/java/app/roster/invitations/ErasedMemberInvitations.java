package app.roster.invitations;

import app.roster.members.MemberErased;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Replaces the address on an erased member's invitations in the erasing transaction, so that no
 * invitation keeps it; the invitations themselves (who sent them, when, their outcome) remain.
 * Pending ones were revoked when the member was archived on the way to erasure.
 */
@ApplicationScoped
public class ErasedMemberInvitations {

  @PersistenceContext EntityManager em;

  void scrub(@Observes MemberErased event) {
    String placeholder = "erased-" + event.memberId() + "@erased.invalid";
    em.createNativeQuery(
            "UPDATE invitation SET email = ?, email_norm = ?, pending_email_norm = NULL"
                + " WHERE member_id = ? OR email_norm = ?")
        .setParameter(1, placeholder)
        .setParameter(2, placeholder)
        .setParameter(3, event.memberId())
        .setParameter(4, event.formerEmailNorm())
        .executeUpdate();
  }
}
