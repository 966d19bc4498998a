package app.roster.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes rows of one table as multi-row INSERT statements ({@code VALUES (...), (...), ...}), a
 * fixed number of rows per statement, committing every few statements. Plain SQL that H2 and
 * MySQL/MariaDB share, so the same loader fills the smoke test's H2 and the benchmark's MariaDB.
 */
final class BulkInsert implements Rows {

  private static final int COMMIT_EVERY_STATEMENTS = 8;

  private final Connection connection;
  private final String table;
  private final int columns;
  private final int rowsPerStatement;
  private final String head;
  private final List<Object[]> pending = new ArrayList<>();
  private PreparedStatement full;
  private int uncommitted;
  private long written;

  BulkInsert(Connection connection, String table, String columnList, int rowsPerStatement) {
    this.connection = connection;
    this.table = table;
    this.columns = columnList.split(",").length;
    this.rowsPerStatement = rowsPerStatement;
    this.head = "INSERT INTO " + table + " (" + columnList + ") VALUES ";
  }

  @Override
  public void add(Object... row) throws SQLException {
    if (row.length != columns) {
      throw new IllegalArgumentException(
          table + " takes " + columns + " values, not " + row.length);
    }
    pending.add(row);
    if (pending.size() == rowsPerStatement) {
      if (full == null) {
        full = connection.prepareStatement(sql(rowsPerStatement));
      }
      execute(full);
    }
  }

  @Override
  public long written() {
    return written;
  }

  @Override
  public void flush() throws SQLException {
    if (!pending.isEmpty()) {
      try (PreparedStatement rest = connection.prepareStatement(sql(pending.size()))) {
        execute(rest);
      }
    }
  }

  /** Writes what is left and commits. */
  @Override
  public void finish() throws SQLException {
    flush();
    connection.commit();
    uncommitted = 0;
  }

  @Override
  public void close() throws SQLException {
    if (full != null) {
      full.close();
    }
  }

  private void execute(PreparedStatement statement) throws SQLException {
    int index = 1;
    for (Object[] row : pending) {
      for (Object value : row) {
        statement.setObject(index++, value);
      }
    }
    statement.executeUpdate();
    written += pending.size();
    pending.clear();
    if (++uncommitted >= COMMIT_EVERY_STATEMENTS) {
      connection.commit();
      uncommitted = 0;
    }
  }

  private String sql(int rows) {
    String one = "(" + "?,".repeat(columns - 1) + "?)";
    StringBuilder sql = new StringBuilder(head.length() + rows * (one.length() + 1));
    sql.append(head);
    for (int i = 0; i < rows; i++) {
      sql.append(i == 0 ? "" : ",").append(one);
    }
    return sql.toString();
  }
}
