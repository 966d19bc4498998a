package app.roster.invitations;

import app.roster.platform.RosterException;
import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * An invitation link that cannot be used, and why. Unknown links answer 404; links that were used,
 * expired or revoked answer 410 Gone. The reason is all the refusal says: nothing about the
 * workspace's members.
 */
@ApplicationException(rollback = true)
public class LinkRefused extends RosterException {

  private static final long serialVersionUID = 1L;

  /** Why a link does not work. */
  public enum Reason {
    UNKNOWN(404),
    USED(410),
    EXPIRED(410),
    REVOKED(410);

    private final int status;

    Reason(int status) {
      this.status = status;
    }

    public int status() {
      return status;
    }

    /** The bundle key prefix of the page that explains it: invitation.refused.expired... */
    public String messageKey() {
      return "invitation.refused." + name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final Reason reason;

  public LinkRefused(Reason reason) {
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
