package app.roster.credentials;

import java.util.Locale;

/**
 * Where a credential change stands. Expiry is not a stored state: a PENDING change whose time ran
 * out reads as expired, so no timer has to sweep them.
 */
public enum CredentialChangeStatus {
  PENDING,
  CONFIRMED,
  CANCELLED,
  REPLACED;

  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
