package app.roster.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A change arrived without the version it was made on (no If-Match), so Roster cannot tell whether
 * it would overwrite someone else's edit. The API answers 428 Precondition Required.
 */
@ApplicationException(rollback = true)
public class PreconditionRequired extends RosterException {

  private static final long serialVersionUID = 1L;

  public PreconditionRequired(String messageKey) {
    super(messageKey, List.of());
  }

  @Override
  public int status() {
    return 428;
  }

  @Override
  public String title() {
    return "Precondition Required";
  }
}
