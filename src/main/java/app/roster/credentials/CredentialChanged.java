package app.roster.credentials;

/**
 * Something happened to a credential change: fired in that transaction, for the audit trail. For a
 * confirmation, {@code before} is the value the member had; the actor is then the member themselves
 * ({@code actorMemberId}), who confirmed through the link without signing in.
 */
public record CredentialChanged(
    Act act,
    long changeId,
    long memberId,
    String field,
    String before,
    String after,
    Long actorMemberId) {

  /** What happened. */
  public enum Act {
    REQUESTED,
    RESENT,
    CONFIRMED,
    CANCELLED
  }
}
