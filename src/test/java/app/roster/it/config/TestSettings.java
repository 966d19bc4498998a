package app.roster.it.config;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * A configuration source packaged only into the WAR of some test classes (see RosterDeployment):
 * values of its own that win over the WAR's defaults and the environment, for those classes only.
 */
public abstract class TestSettings implements ConfigSource {

  private final String name;
  private final Map<String, String> values;

  protected TestSettings(String name, Map<String, String> values) {
    this.name = name;
    this.values = Map.copyOf(values);
  }

  @Override
  public Set<String> getPropertyNames() {
    return values.keySet();
  }

  @Override
  public String getValue(String propertyName) {
    return values.get(propertyName);
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public int getOrdinal() {
    return 500;
  }
}
