package app.roster.it;

import app.roster.it.clock.ClockResource;
import app.roster.it.clock.MovableClock;
import app.roster.it.config.TestSettings;
import app.roster.it.inbound.InboundTestSettings;
import app.roster.it.limits.ShortBookmarkSteps;
import app.roster.it.limits.TightInvitationLimits;
import app.roster.it.sms.SmsGatewayConfig;
import java.io.File;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR that the build just packaged, as Arquillian deploys it in black-box tests: the same bytes
 * an operator runs. The server reaches the test database through the ROSTER_DB_* variables that the
 * failsafe configuration passes on.
 */
public final class RosterDeployment {

  private RosterDeployment() {}

  public static WebArchive war() {
    new File(System.getProperty("java.io.tmpdir")).mkdirs();
    File war = new File(System.getProperty("roster.war", "target/roster.war"));
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }

  /**
   * The WAR plus a clock that tests move forward through POST /api/test/clock/advance?by=P7D
   * (signed in as any team member), for expiry and lockout tests that must not wait.
   */
  public static WebArchive withMovableClock() {
    return war().addClasses(MovableClock.class, ClockResource.class);
  }

  /**
   * The WAR with the movable clock, sending SMS through the HTTP gateway at {@code gatewayUrl} (a
   * stub the test started) with this account, secret and sender number.
   */
  public static WebArchive withMovableClockAndSmsGateway(
      String gatewayUrl, String account, String secret, String from) {
    String properties =
        "roster.sms.gateway.url="
            + gatewayUrl.replace(":", "\\:")
            + "\nroster.sms.account="
            + account
            + "\nroster.sms.secret="
            + secret
            + "\nroster.sms.from="
            + from
            + "\n";
    return withSettings(withMovableClock(), SmsGatewayConfig.class)
        .addAsResource(new StringAsset(properties), SmsGatewayConfig.RESOURCE);
  }

  /**
   * The WAR with a configuration source that makes the member list keep a bookmark every {@link
   * ShortBookmarkSteps#STEP} rows, so that deep pages of a small test database use them.
   */
  public static WebArchive withShortBookmarkSteps() {
    return withSettings(war(), ShortBookmarkSteps.class);
  }

  /**
   * The WAR with the movable clock and a configuration source that lowers the invitations an admin
   * may send per hour to {@link TightInvitationLimits#INVITES_PER_HOUR}, for limit tests only.
   */
  public static WebArchive withMovableClockAndTightLimits() {
    return withSettings(withMovableClock(), TightInvitationLimits.class);
  }

  /**
   * The WAR with the movable clock and a configuration source with the inbound contact secret and
   * Brazil as the phone region ({@link InboundTestSettings}), for the inbound contact tests.
   */
  public static WebArchive withMovableClockAndInbound() {
    return withSettings(withMovableClock(), InboundTestSettings.class);
  }

  /** Adds a configuration source of the test's own to the WAR (found through the service file). */
  private static WebArchive withSettings(WebArchive war, Class<? extends TestSettings> settings) {
    return war.addClasses(TestSettings.class, settings)
        .addAsResource(
            new StringAsset(settings.getName()),
            "META-INF/services/" + ConfigSource.class.getName());
  }
}
