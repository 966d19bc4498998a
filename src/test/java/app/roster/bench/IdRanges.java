package app.roster.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Takes blocks of ids from the application's own id_sequence table, the one EclipseLink's table
 * generators read, so generated rows never collide with ids a running server hands out: the
 * server's next block starts after the generator's.
 */
final class IdRanges {

  private final Connection connection;

  IdRanges(Connection connection) {
    this.connection = connection;
  }

  /** Reserves {@code count} ids of the sequence and answers the first. */
  long reserve(String sequence, long count) throws SQLException {
    try (PreparedStatement update =
            connection.prepareStatement(
                "UPDATE id_sequence SET seq_count = seq_count + ? WHERE seq_name = ?");
        PreparedStatement read =
            connection.prepareStatement("SELECT seq_count FROM id_sequence WHERE seq_name = ?")) {
      update.setLong(1, count);
      update.setString(2, sequence);
      if (update.executeUpdate() != 1) {
        throw new IllegalStateException("No id sequence " + sequence + ": is the schema current?");
      }
      read.setString(1, sequence);
      try (ResultSet rs = read.executeQuery()) {
        rs.next();
        long last = rs.getLong(1);
        connection.commit();
        return last - count + 1;
      }
    }
  }
}
