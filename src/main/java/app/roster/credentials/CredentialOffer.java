package app.roster.credentials;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the confirm page shows for a link: whose credential changes from what to what, who asked,
 * and until when the link works. Display values only. A class with getters rather than a record,
 * because Expression Language 5 reads only bean properties.
 */
public final class CredentialOffer implements Serializable {

  private static final long serialVersionUID = 1L;

  private final CredentialKind kind;
  private final String memberName;
  private final String currentValue;
  private final String newValue;
  private final String requestedBy;
  private final Instant expiresAt;

  CredentialOffer(
      CredentialKind kind,
      String memberName,
      String currentValue,
      String newValue,
      String requestedBy,
      Instant expiresAt) {
    this.kind = kind;
    this.memberName = memberName;
    this.currentValue = currentValue;
    this.newValue = newValue;
    this.requestedBy = requestedBy;
    this.expiresAt = expiresAt;
  }

  /** "email" or "phone". */
  public String getField() {
    return kind.field();
  }

  public boolean isEmail() {
    return kind == CredentialKind.EMAIL;
  }

  public String getMemberName() {
    return memberName;
  }

  /** The value the member has now; null for a member without a phone. */
  public String getCurrentValue() {
    return currentValue;
  }

  public String getNewValue() {
    return newValue;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }
}
