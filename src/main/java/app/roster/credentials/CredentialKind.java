package app.roster.credentials;

import java.util.Locale;

/** Which credential a change is about: the sign-in email, or the phone the member is reached at. */
public enum CredentialKind {
  EMAIL,
  PHONE;

  /** The API's and the audit trail's name of the field: "email" or "phone". */
  public String field() {
    return name().toLowerCase(Locale.ROOT);
  }
}
