package app.roster.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** Where a part writes the rows of one table: LOAD DATA on MySQL/MariaDB, INSERTs elsewhere. */
interface Rows extends AutoCloseable {

  void add(Object... row) throws SQLException;

  long written();

  /** Sends the rows added so far to the database (rows that others reference come first). */
  void flush() throws SQLException;

  /** Writes what is left and commits. */
  void finish() throws SQLException;

  @Override
  void close() throws SQLException;

  static Rows into(Connection connection, String table, String columnList) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("mysql") || product.contains("mariadb")) {
      return new LoadData(connection, table, columnList);
    }
    return new BulkInsert(connection, table, columnList, 500);
  }
}
