package app.roster.credentials;

import app.roster.members.MemberArchived;
import app.roster.members.MemberErased;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * A member who is archived or erased keeps no pending credential change: it is cancelled in the
 * same transaction, so its link stops working, and the cancellation is on the member's history.
 */
@ApplicationScoped
public class CredentialWithdrawal {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject Event<CredentialChanged> changed;

  void memberArchived(@Observes MemberArchived event) {
    withdraw(event.memberId(), true);
  }

  /** After an erasure the history must not learn the new value: it is left out. */
  void memberErased(@Observes MemberErased event) {
    withdraw(event.memberId(), false);
  }

  private void withdraw(long memberId, boolean recordValue) {
    em.createNamedQuery(CredentialChange.PENDING_OF, CredentialChange.class)
        .setParameter("member", memberId)
        .getResultStream()
        .findFirst()
        .ifPresent(
            change -> {
              change.close(CredentialChangeStatus.CANCELLED, clock.instant());
              changed.fire(
                  new CredentialChanged(
                      CredentialChanged.Act.CANCELLED,
                      change.getId(),
                      memberId,
                      change.getKind().field(),
                      null,
                      recordValue ? change.getNewValue() : "",
                      null));
            });
  }
}
