package app.roster.it.limits;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * A configuration source packaged only into the WAR of the member API tests: the member list keeps
 * a bookmark every few rows instead of every thousand, so that the handful of members a test
 * database holds already page through bookmarks.
 */
public class ShortBookmarkSteps implements ConfigSource {

  public static final int STEP = 4;

  private static final Map<String, String> VALUES =
      Map.of("roster.members.page-mark-step", String.valueOf(STEP));

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
    return "roster-test-short-bookmark-steps";
  }

  @Override
  public int getOrdinal() {
    return 500;
  }
}
