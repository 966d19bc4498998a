package app.roster.invitations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What the invitee enters on the accept page: their name and the password they will sign in with.
 * The constraints are declared here once, for the page and the service.
 */
public class AcceptanceDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int MIN_PASSWORD = 10;

  @NotBlank(message = "{member.name.required}")
  @Size(max = 200, message = "{member.name.size}")
  private String name;

  @NotBlank(message = "{invitation.password.required}")
  @Size(min = MIN_PASSWORD, max = 200, message = "{invitation.password.size}")
  private String password;

  public AcceptanceDraft() {}

  public AcceptanceDraft(String name, String password) {
    this.name = name;
    this.password = password;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
