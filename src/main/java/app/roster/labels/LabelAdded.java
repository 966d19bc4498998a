package app.roster.labels;

/**
 * A label was put on a member: fired in the changing transaction, once per member and label that
 * actually changed (adding a label the member already has fires nothing). The audit trail records
 * it in that transaction; automations observe it after commit ({@code TransactionPhase
 * .AFTER_SUCCESS}).
 */
public record LabelAdded(long memberId, long labelId, String label) {}
