package app.roster.it.inbound;

import app.roster.it.config.TestSettings;
import java.util.Map;

/**
 * A configuration source packaged only into the WAR of the inbound contact tests: the shared secret
 * the tests sign with, and Brazil as the workspace's phone region, so that "011 91234-5678" is read
 * as +55 11 91234-5678.
 */
public class InboundTestSettings extends TestSettings {

  public static final String SECRET = "inbound-secret-for-tests";
  public static final String REGION = "BR";

  public InboundTestSettings() {
    super(
        "roster-test-inbound",
        Map.of("roster.inbound.secret", SECRET, "roster.phone.region", REGION));
  }
}
