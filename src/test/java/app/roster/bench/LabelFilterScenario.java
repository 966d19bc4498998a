package app.roster.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * (c) Label filters as the console's label picker asks for them (GET /api/v1/members with {@code
 * label=...&labelMatch=any|all|none}, the same service method): one common label (30% of the
 * members), one rare label (0.02%), two labels all of, none of the common label, each combined with
 * team or customer, and a label with a search; a first page of 25 with the total. The label names
 * are the ones {@link LabelRows} generates.
 */
final class LabelFilterScenario implements Scenario {

  /** One filter: what the table calls it and the query string after {@code ?size=25&}. */
  record LabelFilter(String what, String query) {}

  private static final String COMMON = "label=" + Harness.enc(LabelRows.COMMON);
  private static final String RARE = "label=" + Harness.enc(LabelRows.RAREST);
  private static final String VIP = "label=" + Harness.enc(LabelRows.VIP);
  private static final String ENTERPRISE = "label=" + Harness.enc(LabelRows.ENTERPRISE);

  /** The filters measured here, and mixed into the soak's load ({@link ApiRequests}). */
  static final List<LabelFilter> FILTERS =
      List.of(
          new LabelFilter("common label \"" + LabelRows.COMMON + "\" (30%)", COMMON),
          new LabelFilter("rare label \"" + LabelRows.RAREST + "\" (0.02%)", RARE),
          new LabelFilter(
              "all of \"" + LabelRows.COMMON + "\" and \"" + LabelRows.VIP + "\"",
              COMMON + "&" + VIP + "&labelMatch=all"),
          new LabelFilter("none of \"" + LabelRows.COMMON + "\"", COMMON + "&labelMatch=none"),
          new LabelFilter("common label, customers", COMMON + "&type=customer"),
          new LabelFilter("\"" + LabelRows.VIP + "\", team", VIP + "&type=team"),
          new LabelFilter("rare label, customers", RARE + "&type=customer"),
          new LabelFilter(
              "none of \"" + LabelRows.COMMON + "\", team", COMMON + "&labelMatch=none&type=team"),
          new LabelFilter(
              "any of \"" + LabelRows.VIP + "\", \"" + LabelRows.ENTERPRISE + "\", customers",
              VIP + "&" + ENTERPRISE + "&labelMatch=any&type=customer"),
          new LabelFilter("common label and search \"smi\"", COMMON + "&q=smi"),
          new LabelFilter("\"" + LabelRows.VIP + "\" and search \"ana\"", VIP + "&q=ana"));

  @Override
  public String id() {
    return "c";
  }

  @Override
  public String title() {
    return "Label filters";
  }

  @Override
  public List<Row> run(Harness h) throws Exception {
    int n = h.scaled(40);
    List<Row> rows = new ArrayList<>();
    for (LabelFilter filter : FILTERS) {
      String path = "/api/v1/members?size=25&" + filter.query();
      long hits = h.getJson(path).getJsonNumber("total").longValue();
      Stats stats = h.sequential(n, () -> h.get(path));
      rows.add(
          Row.of(
              id(),
              filter.what() + ": " + hits + " members",
              stats,
              "p95 < 100 ms",
              stats.errors() == 0 && stats.p95Ms() < 100));
    }
    return rows;
  }
}
