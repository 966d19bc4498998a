package app.roster.messaging.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Starts delivery as soon as the transaction that queued a message has committed, so mail goes out
 * at once rather than at the dispatcher's next tick. It only wakes the dispatcher, which runs on
 * another thread: the admin who caused the message never waits for a mail server. A rolled-back
 * transaction leaves no message and wakes nothing.
 */
@ApplicationScoped
public class DispatchAfterCommit {

  @Inject Dispatcher dispatcher;

  void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageQueued event) {
    dispatcher.wake();
  }
}
