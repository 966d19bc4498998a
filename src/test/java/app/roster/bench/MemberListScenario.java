package app.roster.bench;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * (a) The member list as the console asks for it (the console's table and GET /api/v1/members run
 * the same service method and queries): 25 rows with the total, first page and page 20,000, by name
 * and by created date.
 */
final class MemberListScenario implements Scenario {

  @Override
  public String id() {
    return "a";
  }

  @Override
  public String title() {
    return "Member list";
  }

  @Override
  public List<Row> run(Harness h) throws Exception {
    JsonObject first = h.getJson("/api/v1/members?size=25");
    long total = first.getJsonNumber("total").longValue();
    long deepPage = Math.min(20_000, Math.max(0, total / 25 - 1));
    int n = h.scaled(40);
    List<Row> rows = new ArrayList<>();
    String[][] cases = {
      {"first page by name, with total", "/api/v1/members?size=25&sort=name", "50"},
      {"first page by created date, with total", "/api/v1/members?size=25&sort=createdAt", "50"},
      {"newest first, with total", "/api/v1/members?size=25&sort=-createdAt", "50"},
      {
        "page " + deepPage + " by name", "/api/v1/members?size=25&sort=name&page=" + deepPage, "100"
      },
      {
        "page " + deepPage + " by created date",
        "/api/v1/members?size=25&sort=createdAt&page=" + deepPage,
        "100"
      },
      {"customers only, first page by name", "/api/v1/members?size=25&type=customer", "100"},
    };
    for (String[] c : cases) {
      Stats stats = h.sequential(n, () -> h.get(c[1]));
      double target = Double.parseDouble(c[2]);
      rows.add(
          Row.of(
              id(),
              c[0] + " (" + total + " members)",
              stats,
              "p95 < " + c[2] + " ms",
              stats.errors() == 0 && stats.p95Ms() < target));
    }
    return rows;
  }
}
