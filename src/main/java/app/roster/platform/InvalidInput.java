package app.roster.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** Input that passed the declared constraints but breaks a rule only the service can check. */
@ApplicationException(rollback = true)
public class InvalidInput extends RosterException {

  private static final long serialVersionUID = 1L;

  public InvalidInput(String messageKey, FieldError error) {
    super(messageKey, List.of(error));
  }

  /** Several fields at once, so that a client can fix them all in one go. */
  public InvalidInput(String messageKey, List<FieldError> errors, Object... messageArgs) {
    super(messageKey, errors, messageArgs);
  }

  @Override
  public int status() {
    return 400;
  }

  @Override
  public String title() {
    return "Invalid input";
  }
}
