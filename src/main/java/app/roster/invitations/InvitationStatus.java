package app.roster.invitations;

import java.util.Locale;

/** Where an invitation stands. Only a PENDING invitation's link can be accepted. */
public enum InvitationStatus {
  PENDING,
  ACCEPTED,
  EXPIRED,
  REVOKED;

  /** The lower-case word the API uses: "pending", "accepted", ... */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
