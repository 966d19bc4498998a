package app.roster.invitations;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the accept page shows the invitee: the workspace, the role, the email the account will have,
 * the name already known for them (an existing member's), and until when the link works.
 */
public record InvitationOffer(
    String workspace, String role, String email, String knownName, Instant expiresAt)
    implements Serializable {}
