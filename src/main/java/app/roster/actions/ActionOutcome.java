package app.roster.actions;

/** How one run of an Action ended. */
public enum ActionOutcome {
  /** Every step was done (mails and webhook calls are queued in the outbox). */
  DONE,
  /** The condition did not admit the member; nothing was done. */
  SKIPPED,
  /** A step failed; nothing of the run was kept (its steps share one transaction). */
  FAILED,
  /** The run was not started: the chain of Actions triggering Actions reached the depth limit. */
  STOPPED
}
