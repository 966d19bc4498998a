package app.roster.members;

/**
 * A member was archived: fired in the archiving transaction. The audit trail records it, pending
 * invitations to the member are revoked, and any feature holding something pending for the member
 * (a credential change, say) observes this event to cancel it in the same transaction.
 */
public record MemberArchived(long memberId, String emailNorm) {}
