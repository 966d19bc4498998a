package app.roster.invitations;

/** The outcome of accepting: the member who can now sign in, and the email they sign in with. */
public record Accepted(long memberId, String email) {}
