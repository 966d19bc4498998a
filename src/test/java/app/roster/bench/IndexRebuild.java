package app.roster.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * On MySQL and MariaDB, loading millions of rows into tables whose indexes are already there means
 * random B-tree inserts (the token table's primary key is on the token): far slower than building
 * each index once, sorted, afterwards. This takes the indexes and foreign keys off the tables the
 * migrations created, exactly as information_schema describes them, and puts the same definitions
 * back after the load. Only used on an empty workspace: nobody else is writing.
 */
final class IndexRebuild {

  private record Index(String name, boolean unique, List<String> columns) {}

  private record ForeignKey(
      String name,
      List<String> columns,
      String refTable,
      List<String> refColumns,
      String onDelete) {}

  private final Connection connection;
  private final String table;
  private final boolean withPrimaryKey;
  private final List<Index> indexes = new ArrayList<>();
  private final List<ForeignKey> foreignKeys = new ArrayList<>();

  IndexRebuild(Connection connection, String table, boolean withPrimaryKey) {
    this.connection = connection;
    this.table = table;
    this.withPrimaryKey = withPrimaryKey;
  }

  void drop() throws SQLException {
    readIndexes();
    readForeignKeys();
    List<String> drops = new ArrayList<>();
    for (ForeignKey fk : foreignKeys) {
      drops.add("DROP FOREIGN KEY " + fk.name());
    }
    if (!drops.isEmpty()) {
      alter(drops);
      drops.clear();
    }
    for (Index index : indexes) {
      drops.add(index.name().equals("PRIMARY") ? "DROP PRIMARY KEY" : "DROP INDEX " + index.name());
    }
    if (!drops.isEmpty()) {
      alter(drops);
    }
  }

  void restore() throws SQLException {
    List<String> adds = new ArrayList<>();
    for (Index index : indexes) {
      String columns = "(" + String.join(", ", index.columns()) + ")";
      if (index.name().equals("PRIMARY")) {
        adds.add("ADD PRIMARY KEY " + columns);
      } else {
        adds.add(
            "ADD " + (index.unique() ? "UNIQUE " : "") + "INDEX " + index.name() + " " + columns);
      }
    }
    if (!adds.isEmpty()) {
      alter(adds);
      adds.clear();
    }
    for (ForeignKey fk : foreignKeys) {
      adds.add(
          "ADD CONSTRAINT "
              + fk.name()
              + " FOREIGN KEY ("
              + String.join(", ", fk.columns())
              + ") REFERENCES "
              + fk.refTable()
              + " ("
              + String.join(", ", fk.refColumns())
              + ") ON DELETE "
              + fk.onDelete());
    }
    if (!adds.isEmpty()) {
      alter(adds);
    }
  }

  private void alter(List<String> clauses) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("ALTER TABLE " + table + " " + String.join(", ", clauses));
    }
  }

  private void readIndexes() throws SQLException {
    Map<String, Index> byName = new LinkedHashMap<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT index_name, non_unique, column_name FROM information_schema.statistics"
                + " WHERE table_schema = DATABASE() AND table_name = ?"
                + " ORDER BY index_name, seq_in_index")) {
      query.setString(1, table);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          String name = rs.getString(1);
          if (name.equals("PRIMARY") && !withPrimaryKey) {
            continue;
          }
          byName
              .computeIfAbsent(name, n -> new Index(n, uniqueFlag(rs), new ArrayList<>()))
              .columns()
              .add(rs.getString(3));
        }
      }
    }
    // The primary key goes back first: InnoDB rebuilds the table for it, then adds the others.
    byName.values().stream().filter(i -> i.name().equals("PRIMARY")).forEach(indexes::add);
    byName.values().stream().filter(i -> !i.name().equals("PRIMARY")).forEach(indexes::add);
  }

  private static boolean uniqueFlag(ResultSet rs) {
    try {
      return rs.getInt(2) == 0;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void readForeignKeys() throws SQLException {
    Map<String, ForeignKey> byName = new LinkedHashMap<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            "SELECT k.constraint_name, k.column_name, k.referenced_table_name,"
                + " k.referenced_column_name, r.delete_rule"
                + " FROM information_schema.key_column_usage k"
                + " JOIN information_schema.referential_constraints r"
                + " ON r.constraint_schema = k.constraint_schema"
                + " AND r.constraint_name = k.constraint_name AND r.table_name = k.table_name"
                + " WHERE k.table_schema = DATABASE() AND k.table_name = ?"
                + " AND k.referenced_table_name IS NOT NULL"
                + " ORDER BY k.constraint_name, k.ordinal_position")) {
      query.setString(1, table);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          String name = rs.getString(1);
          String refTable = rs.getString(3);
          String onDelete = rs.getString(5);
          ForeignKey fk =
              byName.computeIfAbsent(
                  name,
                  n -> new ForeignKey(n, new ArrayList<>(), refTable, new ArrayList<>(), onDelete));
          fk.columns().add(rs.getString(2));
          fk.refColumns().add(rs.getString(4));
        }
      }
    }
    foreignKeys.addAll(byName.values());
  }
}
