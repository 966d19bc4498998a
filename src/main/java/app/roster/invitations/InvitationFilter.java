package app.roster.invitations;

/**
 * Which invitations a list shows: those with one status, those to one email address (typed in any
 * case), or all when both are empty.
 */
public record InvitationFilter(InvitationStatus status, String email) {

  public static InvitationFilter all() {
    return new InvitationFilter(null, null);
  }
}
