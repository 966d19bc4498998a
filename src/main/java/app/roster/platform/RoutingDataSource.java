package app.roster.platform;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that takes its driver from the JDBC URL, so that one WAR serves the embedded H2
 * default and MySQL without a build per database. Payara's pool sets the URL, user and password
 * through the setters below and then asks for connections.
 */
public class RoutingDataSource implements DataSource {

  private String url;
  private String user;
  private String password;
  private DataSource target;

  public void setUrl(String url) {
    this.url = url;
  }

  public void setURL(String url) {
    setUrl(url);
  }

  public String getUrl() {
    return url;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return target().getConnection(user, password == null ? "" : password);
  }

  @Override
  public Connection getConnection(String username, String pass) throws SQLException {
    return target().getConnection(username, pass);
  }

  private synchronized DataSource target() throws SQLException {
    if (target == null) {
      target = create(url);
    }
    return target;
  }

  private static DataSource create(String url) throws SQLException {
    if (url == null || url.isBlank()) {
      throw new SQLException("No database URL configured (roster.db.url / ROSTER_DB_URL)");
    }
    String className;
    if (url.startsWith("jdbc:h2:")) {
      className = "org.h2.jdbcx.JdbcDataSource";
    } else if (url.startsWith("jdbc:mysql:")) {
      className = "com.mysql.cj.jdbc.MysqlDataSource";
      url = withBatchedInserts(url);
    } else {
      throw new SQLException(
          "Unsupported database URL; use jdbc:mysql://host:3306/db or jdbc:h2:file:path");
    }
    try {
      Object source = Class.forName(className).getDeclaredConstructor().newInstance();
      source.getClass().getMethod("setURL", String.class).invoke(source, url);
      return (DataSource) source;
    } catch (ReflectiveOperationException e) {
      Throwable cause = e instanceof InvocationTargetException ? e.getCause() : e;
      throw new SQLException("Cannot create a data source for " + className, cause);
    }
  }

  /**
   * EclipseLink sends inserts in JDBC batches (persistence.xml); Connector/J turns a batch into one
   * multi-row INSERT only when asked to, else it is one round trip per row (audit entries of a bulk
   * job, ids of generated members). An operator's own setting in the URL wins.
   */
  static String withBatchedInserts(String url) {
    if (url.contains("rewriteBatchedStatements=")) {
      return url;
    }
    return url + (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // Logging goes through the drivers' own loggers.
  }

  @Override
  public void setLoginTimeout(int seconds) {
    // The pool enforces its own timeouts.
  }

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    return target().unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return type.isInstance(this) || target().isWrapperFor(type);
  }
}
