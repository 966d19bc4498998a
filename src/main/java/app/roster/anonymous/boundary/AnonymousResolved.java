package app.roster.anonymous.boundary;

/**
 * An anonymous member was merged into a member, converted into a new one, dismissed by an admin or
 * expired: fired inside the transaction that did it, for the audit trail. {@code memberId} is the
 * member it became part of (merge, convert), else null.
 */
public record AnonymousResolved(
    Act act, long anonymousId, Long memberId, String identifier, String channel, long contacts) {

  public enum Act {
    MERGED,
    CONVERTED,
    DISMISSED,
    EXPIRED
  }
}
