package app.roster.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database. Flyway owns the schema:
 * shared migrations live in db/migration/common, and the few statements that differ between MySQL
 * and H2 (full-text indexes, for one) in db/migration/mysql or db/migration/h2. Beans that need
 * tables at start-up declare {@code @DependsOn("DatabaseMigrator")}. Version numbers are one
 * sequence across the three folders: a new migration takes the next number after the highest in any
 * of them, so that no database meets a version older than its own.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

  @Resource(lookup = RosterDataSource.JNDI_NAME)
  DataSource dataSource;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void migrate() {
    String vendor = vendorFolder();
    MigrateResult result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
            .load()
            .migrate();
    LOG.log(
        Level.INFO,
        "Database schema on {0} is at version {1} ({2} migrations applied now)",
        new Object[] {vendor, result.targetSchemaVersion, result.migrationsExecuted});
  }

  private String vendorFolder() {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (product.contains("h2")) {
        return "h2";
      }
      if (product.contains("mysql") || product.contains("mariadb")) {
        return "mysql";
      }
      throw new IllegalStateException("Roster runs on MySQL (or MariaDB) and H2, not " + product);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
    }
  }
}
