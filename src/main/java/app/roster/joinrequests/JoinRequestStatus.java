package app.roster.joinrequests;

import java.util.Locale;

/**
 * Where a join request stands: waiting for its email to be confirmed (admins never see these),
 * pending an admin's decision, approved (an invitation went out) or declined.
 */
public enum JoinRequestStatus {
  UNCONFIRMED,
  PENDING,
  APPROVED,
  DECLINED;

  /** The word the API and the console's filter use: pending, approved, declined. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The status a word names among those admins review, or null for none of them. */
  public static JoinRequestStatus reviewedByWord(String word) {
    for (JoinRequestStatus status : values()) {
      if (status != UNCONFIRMED && status.word().equals(word.strip().toLowerCase(Locale.ROOT))) {
        return status;
      }
    }
    return null;
  }
}
