package app.roster.it.sms;

import app.roster.it.config.TestSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * A configuration source packaged only into the WAR of tests that send SMS through the HTTP
 * gateway: it reads {@link #RESOURCE}, which the test writes with the address of the stub gateway
 * it started on 127.0.0.1 (a free port, known only when the test runs).
 */
public class SmsGatewayConfig extends TestSettings {

  public static final String RESOURCE = "roster-test-sms-gateway.properties";

  public SmsGatewayConfig() {
    super("roster-test-sms-gateway", load());
  }

  private static Map<String, String> load() {
    Map<String, String> values = new HashMap<>();
    try (InputStream in = SmsGatewayConfig.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        properties.stringPropertyNames().forEach(k -> values.put(k, properties.getProperty(k)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return values;
  }
}
