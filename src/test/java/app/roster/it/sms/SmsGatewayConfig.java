package app.roster.it.sms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * A configuration source packaged only into the WAR of tests that send SMS through the HTTP
 * gateway: it reads {@link #RESOURCE}, which the test writes with the address of the stub gateway
 * it started on 127.0.0.1 (a free port, known only when the test runs).
 */
public class SmsGatewayConfig implements ConfigSource {

  public static final String RESOURCE = "roster-test-sms-gateway.properties";

  private final Map<String, String> values = new HashMap<>();

  public SmsGatewayConfig() {
    try (InputStream in = SmsGatewayConfig.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        properties.stringPropertyNames().forEach(k -> values.put(k, properties.getProperty(k)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    return "roster-test-sms-gateway";
  }

  @Override
  public int getOrdinal() {
    return 500;
  }
}
