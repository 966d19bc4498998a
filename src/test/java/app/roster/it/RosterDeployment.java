package app.roster.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
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
}
