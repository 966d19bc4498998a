package app.roster.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Locale;

/**
 * A link from a mail (an invitation, a join confirmation) that cannot be used, and why. Unknown
 * links answer 404; links that were used, expired, revoked or replaced answer 410 Gone. The reason
 * is all the refusal says: nothing about the workspace's members.
 */
@ApplicationException(rollback = true)
public class LinkRefused extends RosterException {

  private static final long serialVersionUID = 1L;

  /** Why a link does not work. */
  public enum Reason {
    UNKNOWN(404),
    USED(410),
    EXPIRED(410),
    REVOKED(410),
    REPLACED(410);

    private final int status;

    Reason(int status) {
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  private final Reason reason;
  private final String pageKey;

  /**
   * @param feature the bundle prefix of the feature's link pages ("invitation", "join"); the page
   *     explaining the refusal reads {@code <feature>.refused.<reason>.title} and {@code .text}
   */
  public LinkRefused(String feature, Reason reason) {
    super(pageKey(feature, reason) + ".text", List.of());
    this.reason = reason;
    this.pageKey = pageKey(feature, reason);
  }

  private static String pageKey(String feature, Reason reason) {
    return feature + ".refused." + reason.name().toLowerCase(Locale.ROOT);
  }

  public Reason reason() {
    return reason;
  }

  /** The bundle key prefix of the page that explains it: invitation.refused.expired, ... */
  public String pageKey() {
    return pageKey;
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
