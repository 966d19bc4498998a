package app.roster.it.limits;

import app.roster.it.config.TestSettings;
import java.util.Map;

/**
 * A configuration source packaged only into the WAR of tests that reach the invitation limit: a
 * handful of invitations per admin per hour instead of the default 200, so the limit is reached
 * quickly, without changing the limit for every other test class.
 */
public class TightInvitationLimits extends TestSettings {

  public static final int INVITES_PER_HOUR = 3;

  public TightInvitationLimits() {
    super(
        "roster-test-tight-invitation-limits",
        Map.of("roster.invitation.limit.invites-per-hour", String.valueOf(INVITES_PER_HOUR)));
  }
}
