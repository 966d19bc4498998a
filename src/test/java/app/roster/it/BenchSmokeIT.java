package app.roster.it;

import static org.assertj.core.api.Assertions.assertThat;

import app.roster.bench.Benchmark;
import app.roster.bench.Generator;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The performance tools still work: the generator adds 2,000 members to the test database (beside
 * other tests' data) with their labels, anonymous members and contact events, and the benchmark
 * runs every scenario a few times against the test server, the soak for three seconds, and writes
 * its table. No timing is asserted: test machines are too noisy for that.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BenchSmokeIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  void generatorAndBenchmarkCompleteAndWriteTheirTable() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String owner = "bench-owner-" + run + "@roster.test";
    String url = System.getProperty("roster.test.db.url");
    String user = System.getProperty("roster.test.db.user");
    String password = System.getProperty("roster.test.db.password", "");

    Generator.Report generated =
        Generator.generate(
            new Generator.Options(
                url,
                user,
                password,
                2_000,
                7,
                Instant.now().truncatedTo(ChronoUnit.DAYS),
                owner,
                "bench-owner-password-" + run));
    assertThat(generated.members()).isEqualTo(2_000);
    long first = generated.firstMemberId();
    long last = first + generated.members() - 1;
    try (Connection db = DriverManager.getConnection(url, user, password)) {
      assertThat(count(db, "SELECT COUNT(*) FROM member WHERE id BETWEEN ? AND ?", first, last))
          .isEqualTo(2_000);
      assertThat(
              count(
                  db,
                  "SELECT COUNT(*) FROM member_label WHERE member_id BETWEEN ? AND ?",
                  first,
                  last))
          .isPositive();
      assertThat(
              count(
                  db,
                  "SELECT COUNT(*) FROM member WHERE kind = 'ANONYMOUS' AND id BETWEEN ? AND ?",
                  first,
                  last))
          .isPositive()
          .isEqualTo(
              count(
                  db,
                  "SELECT COUNT(*) FROM anonymous_contact WHERE member_id BETWEEN ? AND ?",
                  first,
                  last));
      assertThat(
              count(
                  db,
                  "SELECT COUNT(*) FROM contact_event WHERE member_id BETWEEN ? AND ?",
                  first,
                  last))
          .isPositive();
    }

    Path out = Path.of(System.getProperty("java.io.tmpdir"), "bench-" + run, "results.md");
    Benchmark.run(
        new Benchmark.Options(
            base.toString().replaceAll("/$", ""),
            owner,
            "bench-owner-password-" + run,
            url,
            user,
            password,
            1,
            0.002,
            0.002,
            8,
            out,
            0,
            Integer.getInteger("roster.test.smtp.port", 0),
            Set.of("a", "b", "c", "d", "e", "f", "g", "s"),
            0.05,
            "smoke test"));

    String table = Files.readString(out);
    assertThat(table).contains("| measured |");
    for (String scenario : new String[] {"a", "b", "c", "d", "e", "f", "g", "s"}) {
      assertThat(table).containsPattern("(?m)^\\| " + scenario + " \\| ");
    }
  }

  private static long count(Connection db, String sql, long first, long last) throws SQLException {
    try (PreparedStatement query = db.prepareStatement(sql)) {
      query.setLong(1, first);
      query.setLong(2, last);
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
