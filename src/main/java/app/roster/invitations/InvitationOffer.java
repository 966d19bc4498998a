package app.roster.invitations;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the accept page shows the invitee: the workspace, the role, the email the account will have,
 * the name already known for them (an existing member's), and until when the link works. A class
 * with getters rather than a record, because Jakarta EL 5 reads only bean properties.
 */
public final class InvitationOffer implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String workspace;
  private final String role;
  private final String email;
  private final String knownName;
  private final Instant expiresAt;

  public InvitationOffer(
      String workspace, String role, String email, String knownName, Instant expiresAt) {
    this.workspace = workspace;
    this.role = role;
    this.email = email;
    this.knownName = knownName;
    this.expiresAt = expiresAt;
  }

  public String getWorkspace() {
    return workspace;
  }

  public String getRole() {
    return role;
  }

  public String getEmail() {
    return email;
  }

  public String getKnownName() {
    return knownName;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }
}
