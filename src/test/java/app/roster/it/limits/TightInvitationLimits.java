package app.roster.it.limits;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * A configuration source packaged only into the WAR of tests that reach the invitation limit: a
 * handful of invitations per admin per hour instead of the default 200, so the limit is reached
 * quickly, without changing the limit for every other test class.
 */
public class TightInvitationLimits implements ConfigSource {

  public static final int INVITES_PER_HOUR = 3;

  private static final Map<String, String> VALUES =
      Map.of("roster.invitation.limit.invites-per-hour", String.valueOf(INVITES_PER_HOUR));

  @Override
  public Set<String> getPropertyNames() {
    return VALUES.keySet();
  }

  @Override
  public String getValue(String propertyName) {
    return VALUES.get(propertyName);
  }

  @Override
  public String getName() {
    return "roster-test-tight-invitation-limits";
  }

  @Override
  public int getOrdinal() {
    return 500;
  }
}
