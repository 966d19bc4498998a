package app.roster.credentials;

/** The body of POST .../email-change {"email": "..."} and .../phone-change {"phone": "..."}. */
public class CredentialRequest {

  private String email;
  private String phone;

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }
}
