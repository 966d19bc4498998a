package app.roster.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** The caller is signed in but may not do this. */
@ApplicationException(rollback = true)
public class Forbidden extends RosterException {

  private static final long serialVersionUID = 1L;

  public Forbidden(String messageKey) {
    super(messageKey, List.of());
  }

  /** A refusal that concerns one field, such as a role the caller may not hand out. */
  public Forbidden(String messageKey, FieldError error) {
    super(messageKey, List.of(error));
  }

  @Override
  public int status() {
    return 403;
  }

  @Override
  public String title() {
    return "Forbidden";
  }
}
