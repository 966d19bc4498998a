package app.roster.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongFunction;

/**
 * (g) CEL access checks through POST /api/v1/access/check with 8 concurrent clients: two named
 * rules created through the API for the run (and deleted afterwards), and a condition sent inline
 * with each request, each checked for random members of the generated workspace. The issue sets no
 * target; the notes say how many of a sample were allowed, so a rule that admits nobody shows.
 */
final class AccessCheckScenario implements Scenario {

  private static final int SAMPLE = 50;

  /** The condition sent inline with each request (also part of the soak's mix). */
  static final String INLINE_CONDITION =
      "member.status == 'active' && (member.type == 'team' || '"
          + LabelRows.ENTERPRISE
          + "' in member.labels || member.emailDomain.endsWith('.org'))";

  @Override
  public String id() {
    return "g";
  }

  @Override
  public String title() {
    return "Access checks with 8 clients";
  }

  @Override
  public List<Row> run(Harness h) throws Exception {
    long[] ids = randomMemberIds(h, 2_000);
    String vipRule = "bench-vip-lounge-" + h.runTag;
    String newsletterRule = "bench-adult-readers-" + h.runTag;
    List<Long> created = new ArrayList<>();
    created.add(
        createRule(
            h, vipRule, "'" + LabelRows.VIP + "' in member.labels && member.type == 'customer'"));
    created.add(
        createRule(
            h,
            newsletterRule,
            "has(member.age) && member.age >= 18 && member.labels.exists(l, l in ['"
                + LabelRows.COMMON
                + "', '"
                + LabelRows.NEW_CUSTOMER
                + "'])"));
    int clients = h.options.clients();
    Duration each = h.scaled(Duration.ofSeconds(20));
    List<Row> rows = new ArrayList<>();
    try {
      String[][] cases = {
        {"rule " + vipRule.replace("-" + h.runTag, "") + " (VIP customers)", "rule", vipRule},
        {
          "rule " + newsletterRule.replace("-" + h.runTag, "") + " (adults with a label of two)",
          "rule",
          newsletterRule
        },
        {"inline expression (status, type, label, email domain)", "expression", INLINE_CONDITION},
      };
      for (String[] c : cases) {
        LongFunction<HttpRequest> check = member -> ApiRequests.accessCheck(h, c[1], c[2], member);
        String note = sample(h, ids, check);
        Stats stats =
            h.concurrent(
                clients,
                each,
                () -> check.apply(ids[ThreadLocalRandom.current().nextInt(ids.length)]));
        rows.add(
            new Row(id(), "POST /api/v1/access/check, " + c[0], stats, "(no target)", null, note));
      }
    } finally {
      for (long rule : created) {
        h.send(h.request("/api/v1/access/rules/" + rule).DELETE().build());
      }
    }
    return rows;
  }

  private static long createRule(Harness h, String name, String expression) throws Exception {
    String body =
        Json.createObjectBuilder()
            .add("name", name)
            .add("description", "Created by the benchmark")
            .add("expression", expression)
            .build()
            .toString();
    HttpResponse<String> response =
        h.send(
            h.request("/api/v1/access/rules")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    if (response.statusCode() != 201) {
      throw new IllegalStateException(
          "Creating rule " + name + " answered " + response.statusCode() + ": " + response.body());
    }
    return json(response.body()).getJsonNumber("id").longValue();
  }

  /** How many of a sample of checks allowed, and how many failed to evaluate. */
  private static String sample(Harness h, long[] ids, LongFunction<HttpRequest> check)
      throws Exception {
    int allowed = 0;
    int failed = 0;
    for (int i = 0; i < SAMPLE; i++) {
      HttpResponse<String> response =
          h.send(check.apply(ids[(int) ((long) i * ids.length / SAMPLE)]));
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "The access check answered " + response.statusCode() + ": " + response.body());
      }
      JsonObject answer = json(response.body());
      if (answer.getBoolean("allowed")) {
        allowed++;
      }
      if (answer.containsKey("error") && !answer.isNull("error")) {
        failed++;
      }
    }
    return allowed
        + " of "
        + SAMPLE
        + " sampled allowed"
        + (failed > 0 ? ", " + failed + " evaluation errors" : "");
  }

  /**
   * Ids of existing members spread over the whole id range (any kind, archived or not), read from
   * the database: for random points of the range, the first member at or after it. Ids may be
   * sparse (a shared test database, blocks reserved by other instances), so no point misses.
   */
  private static long[] randomMemberIds(Harness h, int wanted) throws SQLException {
    try (Connection c = h.database();
        Statement s = c.createStatement();
        PreparedStatement next = c.prepareStatement("SELECT MIN(id) FROM member WHERE id >= ?")) {
      long min;
      long max;
      try (ResultSet rs = s.executeQuery("SELECT MIN(id), MAX(id) FROM member")) {
        rs.next();
        min = rs.getLong(1);
        max = rs.getLong(2);
      }
      if (max < min || max == 0) {
        throw new IllegalStateException("No members to check");
      }
      SplittableRandom random = new SplittableRandom(8);
      long[] ids = new long[wanted];
      for (int i = 0; i < wanted; i++) {
        next.setLong(1, random.nextLong(min, max + 1));
        try (ResultSet rs = next.executeQuery()) {
          rs.next();
          ids[i] = rs.getLong(1);
        }
      }
      return ids;
    }
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }
}
