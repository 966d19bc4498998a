package app.roster.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Measures a running Roster over HTTP and writes the results as a Markdown table: {@code bench/run}
 * starts the server on the generated database and calls this. Each scenario is one entry of {@link
 * #SCENARIOS}, named by its letter in issue #8; {@code --only a,b} runs some of them. The soak (s)
 * runs only when named, for {@code --soak-minutes} (default 10).
 */
public final class Benchmark {

  private static final Scenario SOAK = new SoakScenario();

  /**
   * The scenarios in the order they run; the soak (s) only when named, and the sweep last, since it
   * leaves 100,000 expired rows.
   */
  static final List<Scenario> SCENARIOS =
      List.of(
          new MemberListScenario(),
          new SearchScenario(),
          new LabelFilterScenario(),
          new ApiLoadScenario(),
          new BulkInviteScenario(),
          new AccessCheckScenario(),
          SOAK,
          new ExpirySweepScenario());

  /** How to reach the server and the database, and how much to run. */
  public record Options(
      String baseUrl,
      String user,
      String password,
      String dbUrl,
      String dbUser,
      String dbPassword,
      int rounds,
      double scale,
      double workScale,
      int clients,
      Path out,
      long serverPid,
      int smtpPort,
      Set<String> only,
      double soakMinutes,
      String note) {

    static Options parse(String[] args) {
      String baseUrl = "http://127.0.0.1:8180";
      String user = "bench-owner@roster.bench";
      String password = "bench-owner-password";
      String dbUrl = null;
      String dbUser = "root";
      String dbPassword = "";
      int rounds = 3;
      double scale = 1;
      double workScale = -1;
      int clients = 8;
      Path out = Path.of("bench/results.md");
      long pid = 0;
      int smtpPort = 0;
      Set<String> only = Set.of();
      double soakMinutes = 10;
      String note = "";
      for (int i = 0; i < args.length; i += 2) {
        String value = i + 1 < args.length ? args[i + 1] : "";
        switch (args[i]) {
          case "--base-url" -> baseUrl = value;
          case "--user" -> user = value;
          case "--password" -> password = value;
          case "--db-url" -> dbUrl = value;
          case "--db-user" -> dbUser = value;
          case "--db-password" -> dbPassword = value;
          case "--rounds" -> rounds = Integer.parseInt(value);
          case "--scale" -> scale = Double.parseDouble(value);
          case "--work-scale" -> workScale = Double.parseDouble(value);
          case "--clients" -> clients = Integer.parseInt(value);
          case "--out" -> out = Path.of(value);
          case "--server-pid" -> pid = Long.parseLong(value);
          case "--smtp-port" -> smtpPort = Integer.parseInt(value);
          case "--only" -> only = Set.of(value.split(","));
          case "--soak-minutes" -> soakMinutes = Double.parseDouble(value);
          case "--note" -> note = value;
          default -> throw new IllegalArgumentException("Unknown option " + args[i]);
        }
      }
      if (dbUrl == null) {
        throw new IllegalArgumentException("--db-url is required");
      }
      if (!(soakMinutes > 0)) {
        throw new IllegalArgumentException("--soak-minutes must be positive");
      }
      return new Options(
          baseUrl,
          user,
          password,
          dbUrl,
          dbUser,
          dbPassword,
          rounds,
          scale,
          workScale < 0 ? scale : workScale,
          clients,
          out,
          pid,
          smtpPort,
          only,
          soakMinutes,
          note);
    }

    /** Whether this run includes the scenario: named by --only, or by default without it. */
    boolean includes(Scenario scenario) {
      return only.isEmpty() ? scenario.runsByDefault() : only.contains(scenario.id());
    }
  }

  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    Path written = run(Options.parse(args));
    System.out.println(Files.readString(written));
  }

  public static Path run(Options options) throws Exception {
    Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String load = loadAverage();
    List<Row> rows = new ArrayList<>();
    try (Harness harness = new Harness(options)) {
      harness.awaitReady(java.time.Duration.ofMinutes(5));
      for (Scenario scenario : SCENARIOS) {
        if (!options.includes(scenario)) {
          continue;
        }
        System.out.printf("(%s) %s ...%n", scenario.id(), scenario.title());
        List<Row> result = scenario.run(harness);
        result.forEach(r -> System.out.println("    " + line(r)));
        rows.addAll(result);
        // Written after every scenario, so a run that fails late keeps what it measured.
        write(options, table(options, started, load, loadAverage(), rows));
      }
    }
    write(options, table(options, started, load, loadAverage(), rows));
    return options.out();
  }

  private static void write(Options options, String table) throws IOException {
    Files.createDirectories(options.out().toAbsolutePath().getParent());
    Files.writeString(options.out(), table, StandardCharsets.UTF_8);
  }

  private static String table(
      Options options, Instant started, String loadBefore, String loadAfter, List<Row> rows)
      throws SQLException, IOException {
    StringBuilder md = new StringBuilder();
    md.append("# Roster benchmark\n\n");
    md.append("- Date: ").append(started).append('\n');
    md.append("- Machine: ").append(machine()).append('\n');
    md.append("- Data: ").append(dataSize(options)).append('\n');
    md.append("- Server: Payara Micro 6 with target/roster.war, ")
        .append(options.baseUrl())
        .append('\n');
    md.append(
        String.format(
            Locale.ROOT,
            "- Method: %d round(s), figures are medians of the rounds; %d concurrent clients"
                + " for (d), (g) and (s); requests scaled by %.3f, sweep and bulk invite by %.3f;"
                + " times in ms taken at the client on loopback (server time plus HTTP)%n",
            options.rounds(),
            options.clients(),
            options.scale(),
            options.workScale()));
    md.append("- Load average before / after: ")
        .append(loadBefore)
        .append(" / ")
        .append(loadAfter)
        .append('\n');
    if (options.includes(SOAK)) {
      md.append(
          String.format(
              Locale.ROOT,
              "- Soak (s): %s minutes of the mixed API load (by id 50%%, list and search 30%%,"
                  + " label filters 10%%, POST 5%%, access checks 5%%) after a warm-up of a tenth"
                  + " (at most 30 s); the server's heap read with jcmd after a full GC at the start"
                  + " and after every minute%n",
              java.math.BigDecimal.valueOf(options.soakMinutes())
                  .stripTrailingZeros()
                  .toPlainString()));
    }
    if (!options.note().isBlank()) {
      md.append("- Note: ").append(options.note()).append('\n');
    }
    md.append("\n| | measured | n | median ms | p95 ms | req/s | target | met | notes |\n");
    md.append("|---|---|---:|---:|---:|---:|---|---|---|\n");
    for (Row r : rows) {
      md.append(line(r)).append('\n');
    }
    return md.toString();
  }

  private static String line(Row r) {
    Stats s = r.stats();
    String met = r.met() == null ? "" : r.met() ? "yes" : "**no**";
    if (s == null) {
      return String.format(
          Locale.ROOT,
          "| %s | %s | | | | | %s | %s | %s |",
          r.scenario(),
          r.what(),
          r.target(),
          met,
          r.note());
    }
    String errors = s.errors() > 0 ? s.errors() + " errors " : "";
    return String.format(
        Locale.ROOT,
        "| %s | %s | %d | %.1f | %.1f | %.0f | %s | %s | %s%s |",
        r.scenario(),
        r.what(),
        s.count(),
        s.medianMs(),
        s.p95Ms(),
        s.perSecond(),
        r.target(),
        met,
        errors,
        r.note());
  }

  private static String dataSize(Options options) throws SQLException {
    try (Connection c = DriverManagerHolder.connect(options);
        Statement s = c.createStatement()) {
      StringBuilder text = new StringBuilder();
      String[][] counts = {
        {"members", "SELECT COUNT(*) FROM member"},
        {"search tokens", "SELECT COUNT(*) FROM member_search_token"},
        {"labels", "SELECT COUNT(*) FROM label"},
        {"members' labels", "SELECT COUNT(*) FROM member_label"},
        {"anonymous members", "SELECT COUNT(*) FROM anonymous_contact"},
        {"contact events", "SELECT COUNT(*) FROM contact_event"},
        {"invitations", "SELECT COUNT(*) FROM invitation"},
      };
      for (String[] count : counts) {
        try (ResultSet rs = s.executeQuery(count[1])) {
          rs.next();
          text.append(text.length() == 0 ? "" : ", ")
              .append(String.format(Locale.ROOT, "%,d %s", rs.getLong(1), count[0]));
        }
      }
      String product = c.getMetaData().getDatabaseProductName();
      String version = c.getMetaData().getDatabaseProductVersion();
      text.append(" on ").append(product).append(' ').append(version);
      if (product.equalsIgnoreCase("MySQL") || product.equalsIgnoreCase("MariaDB")) {
        // Whether the working set fits in memory decides most of the figures.
        try (ResultSet rs = s.executeQuery("SELECT @@innodb_buffer_pool_size")) {
          rs.next();
          text.append(
              String.format(Locale.ROOT, ", innodb_buffer_pool_size %,d MB", rs.getLong(1) >> 20));
        }
      }
      return text.toString();
    }
  }

  private static String machine() throws IOException {
    String cpu = "unknown CPU";
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (Files.exists(cpuinfo)) {
      cpu =
          Files.readAllLines(cpuinfo).stream()
              .filter(l -> l.startsWith("model name"))
              .map(l -> l.substring(l.indexOf(':') + 1).trim())
              .findFirst()
              .orElse(cpu);
    }
    long memory =
        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize()
            >> 30;
    return String.format(
        Locale.ROOT,
        "%d cores (%s), %d GB RAM, %s %s, Java %s",
        Runtime.getRuntime().availableProcessors(),
        cpu,
        memory,
        System.getProperty("os.name"),
        System.getProperty("os.version"),
        System.getProperty("java.version"));
  }

  private static String loadAverage() {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? "n/a" : String.format(Locale.ROOT, "%.1f", load);
  }

  /** Opens the benchmark's database connection without a harness (for the header). */
  private static final class DriverManagerHolder {
    static Connection connect(Options options) throws SQLException {
      return java.sql.DriverManager.getConnection(
          options.dbUrl(), options.dbUser(), options.dbPassword());
    }
  }
}
