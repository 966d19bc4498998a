package app.roster.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** The change clashes with data that exists: a duplicate email, phone or external ID. */
@ApplicationException(rollback = true)
public class Conflict extends RosterException {

  private static final long serialVersionUID = 1L;

  public Conflict(String messageKey, FieldError error) {
    super(messageKey, List.of(error));
  }

  @Override
  public int status() {
    return 409;
  }

  @Override
  public String title() {
    return "Conflict";
  }
}
