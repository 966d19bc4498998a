package app.roster.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.Flyway;

/**
 * Fills a Roster database with a realistic workspace for the benchmark: {@code bench/generate
 * --members 1000000 --db-url jdbc:mysql://127.0.0.1:3306/roster_bench}. The schema is the
 * application's own: the generator runs the WAR's Flyway migrations first (a no-op when Roster
 * already created them), then writes each {@link Part} (the Owner, members, labels, anonymous
 * members' contacts, invitations) with LOAD DATA on MySQL/MariaDB, multi-row INSERTs elsewhere. On
 * MySQL/MariaDB, when the workspace is empty, the big tables' indexes are built once after the load
 * instead of row by row. Deterministic: the same seed and {@code --now} on an empty database give
 * the same rows.
 */
public final class Generator {

  /** What to generate, from the command line or a test. */
  public record Options(
      String dbUrl,
      String dbUser,
      String dbPassword,
      int members,
      long seed,
      Instant now,
      String ownerEmail,
      String ownerPassword) {

    static Options parse(String[] args) {
      String url = null;
      String user = "root";
      String password = "";
      int members = 1_000_000;
      long seed = 42;
      Instant now = Instant.now().truncatedTo(ChronoUnit.DAYS);
      String ownerEmail = "bench-owner@roster.bench";
      String ownerPassword = "bench-owner-password";
      for (int i = 0; i < args.length; i++) {
        String value = i + 1 < args.length ? args[i + 1] : null;
        switch (args[i]) {
          case "--db-url" -> url = value;
          case "--db-user" -> user = value;
          case "--db-password" -> password = value == null ? "" : value;
          case "--members" -> members = Integer.parseInt(value.replace("_", ""));
          case "--seed" -> seed = Long.parseLong(value);
          case "--now" -> now = Instant.parse(value);
          case "--owner-email" -> ownerEmail = value;
          case "--owner-password" -> ownerPassword = value;
          default -> throw new IllegalArgumentException("Unknown option " + args[i]);
        }
        i++;
      }
      if (url == null) {
        throw new IllegalArgumentException("--db-url is required");
      }
      return new Options(url, user, password, members, seed, now, ownerEmail, ownerPassword);
    }
  }

  /**
   * How long each step took, for the benchmark's table; the generated members have the ids {@code
   * firstMemberId} to {@code firstMemberId + members - 1}.
   */
  public record Report(int members, long firstMemberId, Duration total, List<String> steps) {}

  private Generator() {}

  public static void main(String[] args) throws Exception {
    Report report = generate(Options.parse(args));
    report.steps().forEach(System.out::println);
    System.out.printf(
        Locale.ROOT,
        "Generated %,d members in %.1f s%n",
        report.members(),
        report.total().toMillis() / 1000.0);
  }

  public static Report generate(Options options) throws SQLException {
    long start = System.nanoTime();
    List<String> steps = new ArrayList<>();
    long firstMemberId;
    migrate(options);
    steps.add(step("schema (Flyway)", start, -1));
    java.util.Properties properties = new java.util.Properties();
    properties.setProperty("user", options.dbUser());
    properties.setProperty("password", options.dbPassword());
    // LOAD DATA LOCAL streams the rows from this process's memory (MySQL Connector/J only).
    properties.setProperty("allowLoadLocalInfile", "true");
    try (Connection connection = DriverManager.getConnection(options.dbUrl(), properties)) {
      connection.setAutoCommit(false);
      boolean mysql = isMysql(connection);
      boolean empty = isEmpty(connection);
      if (mysql) {
        try (Statement s = connection.createStatement()) {
          s.execute("SET SESSION unique_checks = 0, foreign_key_checks = 0");
        }
      }
      IdRanges ids = new IdRanges(connection);
      firstMemberId = ids.reserve("member", options.members());
      Plan plan = new Plan(options.seed(), options.members(), firstMemberId, options.now());
      OwnerRow owner = new OwnerRow(options.ownerEmail(), options.ownerPassword());
      List<Part> parts = new ArrayList<>();
      parts.add(owner);
      parts.add(new MemberRows());
      parts.add(new LabelRows());
      parts.add(new AnonymousRows());
      parts.add(new InvitationRows(owner::id));
      for (Part part : parts) {
        long partStart = System.nanoTime();
        List<IndexRebuild> rebuilds = new ArrayList<>();
        if (mysql && empty) {
          for (String table : part.tables()) {
            IndexRebuild rebuild =
                new IndexRebuild(connection, table, table.equals("member_search_token"));
            rebuild.drop();
            rebuilds.add(rebuild);
          }
        }
        long rows = part.write(plan, connection, ids);
        steps.add(step(part.name(), partStart, rows));
        if (!rebuilds.isEmpty()) {
          long indexStart = System.nanoTime();
          for (IndexRebuild rebuild : rebuilds) {
            rebuild.restore();
          }
          steps.add(step("indexes of " + String.join(", ", part.tables()), indexStart, -1));
        }
      }
      long analyzeStart = System.nanoTime();
      if (mysql) {
        try (Statement s = connection.createStatement()) {
          s.execute(
              "ANALYZE TABLE member, member_search_token, label, member_label, anonymous_contact,"
                  + " contact_event, invitation");
        }
        steps.add(step("statistics (ANALYZE TABLE)", analyzeStart, -1));
      }
    }
    return new Report(
        options.members(), firstMemberId, Duration.ofNanos(System.nanoTime() - start), steps);
  }

  private static void migrate(Options options) throws SQLException {
    createMysqlDatabase(options);
    String vendor = options.dbUrl().startsWith("jdbc:h2:") ? "h2" : "mysql";
    Flyway.configure(Generator.class.getClassLoader())
        .dataSource(options.dbUrl(), options.dbUser(), options.dbPassword())
        .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
        .load()
        .migrate();
  }

  /** A MySQL database named in the URL that does not exist yet is created, in utf8mb4. */
  private static void createMysqlDatabase(Options options) throws SQLException {
    var url =
        java.util.regex.Pattern.compile("(jdbc:mysql://[^/]+/)([A-Za-z0-9_]+)(.*)")
            .matcher(options.dbUrl());
    if (!url.matches()) {
      return;
    }
    try (Connection server =
            DriverManager.getConnection(
                url.group(1) + url.group(3), options.dbUser(), options.dbPassword());
        Statement s = server.createStatement()) {
      s.execute(
          "CREATE DATABASE IF NOT EXISTS "
              + url.group(2)
              + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
  }

  private static boolean isMysql(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    return product.contains("mysql") || product.contains("mariadb");
  }

  /**
   * No member at all: a new database that no server uses yet, so the indexes may be taken off for
   * the load. With a server running (even one that only created its first Owner), rows go in with
   * the indexes in place.
   */
  private static boolean isEmpty(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM member")) {
      rs.next();
      return rs.getLong(1) == 0;
    }
  }

  private static String step(String name, long startNanos, long rows) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    return rows < 0
        ? String.format(Locale.ROOT, "%-44s %8.1f s", name, seconds)
        : String.format(Locale.ROOT, "%-44s %8.1f s  %,12d rows", name, seconds, rows);
  }
}
