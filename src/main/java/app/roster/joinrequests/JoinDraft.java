package app.roster.joinrequests;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What someone types into /join: their name, their email and an optional message. */
public class JoinDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotBlank(message = "{member.name.required}")
  @Size(max = 200, message = "{join.name.size}")
  private String name;

  @NotBlank(message = "{member.email.required}")
  @Size(max = 254, message = "{member.email.size}")
  @Email(message = "{member.email.invalid}")
  private String email;

  @Size(max = 1000, message = "{join.message.size}")
  private String message;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }
}
