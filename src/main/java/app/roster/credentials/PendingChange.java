package app.roster.credentials;

import java.io.Serializable;
import java.time.Instant;

/**
 * A member's pending credential change as the profile shows it: display values only, so the view
 * never holds the entity. A class with getters, because Expression Language 5 reads only bean
 * properties.
 */
public final class PendingChange implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final String newValue;
  private final String requestedBy;
  private final Instant requestedAt;
  private final Instant expiresAt;
  private final String sentVia;
  private final String sentTo;
  private final boolean expired;

  PendingChange(CredentialChangeJson json) {
    this.field = json.field();
    this.newValue = json.newValue();
    this.requestedBy = json.requestedBy();
    this.requestedAt = json.requestedAt();
    this.expiresAt = json.expiresAt();
    this.sentVia = json.sentVia();
    this.sentTo = json.sentTo();
    this.expired = "expired".equals(json.status());
  }

  /** "email" or "phone". */
  public String getField() {
    return field;
  }

  public String getNewValue() {
    return newValue;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public String getSentVia() {
    return sentVia;
  }

  public String getSentTo() {
    return sentTo;
  }

  public boolean isExpired() {
    return expired;
  }
}
