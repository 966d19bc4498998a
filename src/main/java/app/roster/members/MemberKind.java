package app.roster.members;

/** Regular members, anonymous ones created from inbound contact, and test accounts. */
public enum MemberKind {
  REGULAR,
  ANONYMOUS,
  TEST
}
