package app.roster.joinrequests;

import app.roster.platform.RosterException;
import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A join confirmation link that cannot be used: unknown (404), or used or expired (410). Says
 * nothing about who asked.
 */
@ApplicationException(rollback = true)
public class ConfirmationRefused extends RosterException {

  private static final long serialVersionUID = 1L;

  /** Why a confirmation link does not work. */
  public enum Reason {
    UNKNOWN(404),
    USED(410),
    EXPIRED(410);

    private final int status;

    Reason(int status) {
      this.status = status;
    }

    public int status() {
      return status;
    }

    /** The bundle key prefix of the page that explains it: join.refused.expired, ... */
    public String messageKey() {
      return "join.refused." + name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final Reason reason;

  public ConfirmationRefused(Reason reason) {
    super(reason.messageKey() + ".text", List.of());
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  @Override
  public int status() {
    return reason.status();
  }

  @Override
  public String title() {
    return reason == Reason.UNKNOWN ? "Not Found" : "Gone";
  }
}
