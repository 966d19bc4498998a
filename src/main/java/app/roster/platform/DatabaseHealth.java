package app.roster.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports in /health whether Roster's database answers: a connection from the application's pool
 * runs {@code SELECT 1} within two seconds.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

  private static final Logger LOG = Logger.getLogger(DatabaseHealth.class.getName());

  private static final int TIMEOUT_SECONDS = 2;

  @Resource(lookup = RosterDataSource.JNDI_NAME)
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database");
    try (Connection connection = dataSource.getConnection()) {
      response.withData("product", connection.getMetaData().getDatabaseProductName());
      try (Statement statement = connection.createStatement()) {
        statement.setQueryTimeout(TIMEOUT_SECONDS);
        try (ResultSet result = statement.executeQuery("SELECT 1")) {
          return response.status(result.next()).build();
        }
      }
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Health check: the database does not answer", e);
      return response.withData("error", String.valueOf(e.getSQLState())).down().build();
    }
  }
}
