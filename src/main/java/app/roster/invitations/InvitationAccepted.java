package app.roster.invitations;

/**
 * Someone accepted an invitation and is now a member with its role: fired in the accepting
 * transaction, for the audit trail and for actions that welcome new members.
 */
public record InvitationAccepted(long invitationId, long memberId, String role) {}
