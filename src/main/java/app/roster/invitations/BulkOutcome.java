package app.roster.invitations;

/** What a bulk invite did with one address. */
public enum BulkOutcome {
  /** A new invitation was mailed. */
  INVITED,
  /** The address already had a pending invitation; it was left as it is. */
  PENDING,
  /** The address belongs to a member who can sign in (or who cannot be invited). */
  MEMBER,
  /** Not an email address Roster can invite. */
  INVALID
}
