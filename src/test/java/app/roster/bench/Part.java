package app.roster.bench;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One kind of generated data, written by the {@link Generator} in order (the Owner, members,
 * labels, anonymous members' contacts, invitations). A feature whose tables land later adds its
 * rows as one more part, asking the {@link Plan} which member gets what, so the rest of the
 * generator stays as it is.
 */
interface Part {

  /** A short name for the timings the generator prints. */
  String name();

  /** The tables this part fills, whose secondary indexes may be rebuilt around a bulk load. */
  default String[] tables() {
    return new String[0];
  }

  /** Writes the part's rows; answers how many rows it wrote. */
  long write(Plan plan, Connection connection, IdRanges ids) throws SQLException;
}
