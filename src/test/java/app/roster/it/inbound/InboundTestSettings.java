package app.roster.it.inbound;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * A configuration source packaged only into the WAR of the inbound contact tests: the shared secret
 * the tests sign with, and Brazil as the workspace's phone region, so that "011 91234-5678" is read
 * as +55 11 91234-5678.
 */
public class InboundTestSettings implements ConfigSource {

  public static final String SECRET = "inbound-secret-for-tests";
  public static final String REGION = "BR";

  private static final Map<String, String> VALUES =
      Map.of("roster.inbound.secret", SECRET, "roster.phone.region", REGION);

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
    return "roster-test-inbound";
  }

  @Override
  public int getOrdinal() {
    return 500;
  }
}
