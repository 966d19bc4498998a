package app.roster.actions;

import app.roster.invitations.InvitationAccepted;
import app.roster.labels.LabelAdded;
import app.roster.labels.LabelRemoved;
import app.roster.members.MemberAdded;
import app.roster.members.MemberEdited;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Turns member events into Action runs, only once the change that fired them committed (a rolled
 * back change starts nothing) and never on the committing thread: the runner starts asynchronously,
 * so an admin's save does not wait for Actions.
 */
@ApplicationScoped
public class ActionTriggers {

  @Inject ActionRunner runner;

  @Inject Clock clock;

  void labelAdded(@Observes(during = TransactionPhase.AFTER_SUCCESS) LabelAdded event) {
    start(ActionTrigger.LABEL_ADDED, event.memberId(), event.label());
  }

  void labelRemoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) LabelRemoved event) {
    start(ActionTrigger.LABEL_REMOVED, event.memberId(), event.label());
  }

  void memberAdded(@Observes(during = TransactionPhase.AFTER_SUCCESS) MemberAdded event) {
    start(ActionTrigger.MEMBER_CREATED, event.memberId(), null);
  }

  void invitationAccepted(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) InvitationAccepted event) {
    start(ActionTrigger.INVITATION_ACCEPTED, event.memberId(), null);
  }

  void roleChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) MemberEdited event) {
    if (event.roleChanged()) {
      start(ActionTrigger.ROLE_CHANGED, event.memberId(), null);
    }
  }

  /**
   * Hands the event to the runner when an enabled action listens to it; the look-up is one small
   * indexed query, so a bulk change with no Actions set up does not queue a background run per
   * member.
   */
  private void start(ActionTrigger trigger, long memberId, String label) {
    MemberEvent event =
        new MemberEvent(trigger, memberId, label, ActionDepth.current() + 1, clock.instant());
    if (!runner.listening(event).isEmpty()) {
      runner.start(event);
    }
  }
}
