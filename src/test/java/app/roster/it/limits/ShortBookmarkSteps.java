package app.roster.it.limits;

import app.roster.it.config.TestSettings;
import java.util.Map;

/**
 * A configuration source packaged only into the WAR of the member API tests: the member list keeps
 * a bookmark every few rows instead of every thousand, so that the handful of members a test
 * database holds already page through bookmarks.
 */
public class ShortBookmarkSteps extends TestSettings {

  public static final int STEP = 4;

  public ShortBookmarkSteps() {
    super(
        "roster-test-short-bookmark-steps",
        Map.of("roster.members.page-mark-step", String.valueOf(STEP)));
  }
}
