package app.roster.invitations;

import app.roster.members.MemberArchived;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Revokes the pending invitations of a member who is being archived, in the archiving transaction,
 * so that an old link cannot bring an archived member back in. Each revocation is recorded in the
 * audit trail like one an admin made.
 */
@ApplicationScoped
public class ArchivedMemberInvitations {

  private static final Logger LOG = Logger.getLogger(ArchivedMemberInvitations.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Event<InvitationChanged> changed;

  void revokePending(@Observes MemberArchived event) {
    List<Invitation> pending =
        em.createQuery(
                "SELECT i FROM Invitation i WHERE i.status = :pending"
                    + " AND (i.member.id = :member OR i.pendingEmailNorm = :email)",
                Invitation.class)
            .setParameter("pending", InvitationStatus.PENDING)
            .setParameter("member", event.memberId())
            .setParameter("email", event.emailNorm())
            .getResultList();
    for (Invitation invitation : pending) {
      invitation.revoke();
      changed.fire(
          new InvitationChanged(
              InvitationChanged.Act.REVOKED, invitation.getId(), event.memberId()));
      LOG.log(
          Level.INFO,
          "Invitation {0,number,#} revoked: member {1,number,#} was archived",
          new Object[] {invitation.getId(), event.memberId()});
    }
  }
}
