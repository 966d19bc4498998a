package app.roster.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** What was asked for does not exist (or is not visible to the caller). */
@ApplicationException(rollback = true)
public class NotFound extends RosterException {

  private static final long serialVersionUID = 1L;

  public NotFound(String messageKey) {
    super(messageKey, List.of());
  }

  @Override
  public int status() {
    return 404;
  }

  @Override
  public String title() {
    return "Not Found";
  }
}
