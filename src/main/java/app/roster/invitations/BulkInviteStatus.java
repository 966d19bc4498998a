package app.roster.invitations;

/** Whether a bulk invite still has addresses to handle. */
public enum BulkInviteStatus {
  RUNNING,
  DONE
}
