package app.roster.actions;

/**
 * An Action ran for a member (or was stopped by the depth limit): fired in the transaction that
 * records the run, so the audit trail puts it in the member's History.
 */
public record ActionRan(
    long actionId, String action, long memberId, String outcome, int depth, String detail) {}
