package app.roster.bench;

import com.mysql.cj.jdbc.JdbcStatement;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes rows to MySQL or MariaDB through {@code LOAD DATA LOCAL INFILE}, streamed from memory in
 * chunks (no file on disk): several times faster than multi-row INSERTs. Values are written as
 * MySQL's tab-separated text: {@code \N} for NULL, tabs, newlines and backslashes escaped; times as
 * JDBC sends them (the JVM's zone, as Connector/J converts a Timestamp parameter).
 */
final class LoadData implements Rows {

  private static final int ROWS_PER_CHUNK = 100_000;

  private final Connection connection;
  private final String sql;
  private final int columns;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 24);
  private final StringBuilder line = new StringBuilder(512);
  private int buffered;
  private long written;

  LoadData(Connection connection, String table, String columnList) {
    this.connection = connection;
    this.columns = columnList.split(",").length;
    this.sql =
        "LOAD DATA LOCAL INFILE 'rows.tsv' INTO TABLE "
            + table
            + " CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\'"
            + " LINES TERMINATED BY '\\n' ("
            + columnList
            + ")";
  }

  @Override
  public void add(Object... row) throws SQLException {
    if (row.length != columns) {
      throw new IllegalArgumentException("Expected " + columns + " values, not " + row.length);
    }
    line.setLength(0);
    for (int i = 0; i < row.length; i++) {
      if (i > 0) {
        line.append('\t');
      }
      Object value = row[i];
      if (value == null) {
        line.append("\\N");
      } else if (value instanceof Boolean b) {
        line.append(b ? '1' : '0');
      } else {
        escape(value.toString());
      }
    }
    line.append('\n');
    buffer.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
    if (++buffered == ROWS_PER_CHUNK) {
      flush();
    }
  }

  @Override
  public long written() {
    return written;
  }

  @Override
  public void finish() throws SQLException {
    flush();
    connection.commit();
  }

  @Override
  public void close() {}

  private void escape(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> line.append("\\\\");
        case '\t' -> line.append("\\t");
        case '\n' -> line.append("\\n");
        case '\r' -> line.append("\\r");
        default -> line.append(c);
      }
    }
  }

  @Override
  public void flush() throws SQLException {
    if (buffered == 0) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      statement
          .unwrap(JdbcStatement.class)
          .setLocalInfileInputStream(new ByteArrayInputStream(buffer.toByteArray()));
      long loaded = statement.executeUpdate(sql);
      if (loaded != buffered) {
        throw new IllegalStateException("Loaded " + loaded + " of " + buffered + " rows");
      }
    }
    written += buffered;
    buffered = 0;
    buffer.reset();
    connection.commit();
  }
}
