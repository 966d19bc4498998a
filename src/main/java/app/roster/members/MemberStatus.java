package app.roster.members;

/** Whether a member is in use or archived (kept, but cannot sign in). */
public enum MemberStatus {
  ACTIVE,
  ARCHIVED
}
