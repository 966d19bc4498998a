package app.roster.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.ejb.Singleton;

/**
 * Declares Roster's data sources. The URL decides the database: an H2 file by default (under
 * ./data, so the embedded setup keeps its data across restarts) or MySQL when ROSTER_DB_URL names
 * one; {@link RoutingDataSource} picks the driver from the URL. The second, small,
 * non-transactional pool hands out ids from id_sequence in transactions of their own, so that
 * allocating ids never holds a lock for the length of a business transaction.
 */
@DataSourceDefinitions({
  @DataSourceDefinition(
      name = RosterDataSource.JNDI_NAME,
      className = "app.roster.platform.RoutingDataSource",
      url = "${MPCONFIG=roster.db.url:jdbc:h2:file:./data/roster}",
      user = "${MPCONFIG=roster.db.user:sa}",
      password = "${MPCONFIG=roster.db.password:}",
      minPoolSize = 2,
      maxPoolSize = 32,
      transactional = true,
      properties = {
        "fish.payara.is-connection-validation-required=true",
        "fish.payara.connection-validation-method=auto-commit",
        "fish.payara.fail-all-connections=true"
      }),
  @DataSourceDefinition(
      name = RosterDataSource.IDS_JNDI_NAME,
      className = "app.roster.platform.RoutingDataSource",
      url = "${MPCONFIG=roster.db.url:jdbc:h2:file:./data/roster}",
      user = "${MPCONFIG=roster.db.user:sa}",
      password = "${MPCONFIG=roster.db.password:}",
      minPoolSize = 1,
      maxPoolSize = 4,
      transactional = false,
      properties = {
        "fish.payara.is-connection-validation-required=true",
        "fish.payara.connection-validation-method=auto-commit",
        "fish.payara.fail-all-connections=true"
      })
})
@Singleton
public class RosterDataSource {

  public static final String JNDI_NAME = "java:app/jdbc/roster";
  public static final String IDS_JNDI_NAME = "java:app/jdbc/roster-ids";
}
