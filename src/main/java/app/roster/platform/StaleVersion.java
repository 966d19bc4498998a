package app.roster.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Someone else changed the record since the caller read it. The console asks the admin to reload;
 * the API answers 412 Precondition Failed to an If-Match that no longer holds.
 */
@ApplicationException(rollback = true)
public class StaleVersion extends RosterException {

  private static final long serialVersionUID = 1L;

  public StaleVersion() {
    super("error.stale", List.of());
  }

  @Override
  public int status() {
    return 412;
  }

  @Override
  public String title() {
    return "Precondition Failed";
  }
}
