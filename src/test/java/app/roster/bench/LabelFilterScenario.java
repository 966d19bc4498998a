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
    String common = "label=" + Harness.enc(LabelRows.COMMON);
    String rare = "label=" + Harness.enc(LabelRows.RAREST);
    String vip = "label=" + Harness.enc(LabelRows.VIP);
    String enterprise = "label=" + Harness.enc(LabelRows.ENTERPRISE);
    String[][] cases = {
      {"common label \"" + LabelRows.COMMON + "\" (30%)", common},
      {"rare label \"" + LabelRows.RAREST + "\" (0.02%)", rare},
      {
        "all of \"" + LabelRows.COMMON + "\" and \"" + LabelRows.VIP + "\"",
        common + "&" + vip + "&labelMatch=all"
      },
      {"none of \"" + LabelRows.COMMON + "\"", common + "&labelMatch=none"},
      {"common label, customers", common + "&type=customer"},
      {"\"" + LabelRows.VIP + "\", team", vip + "&type=team"},
      {"rare label, customers", rare + "&type=customer"},
      {"none of \"" + LabelRows.COMMON + "\", team", common + "&labelMatch=none&type=team"},
      {
        "any of \"" + LabelRows.VIP + "\", \"" + LabelRows.ENTERPRISE + "\", customers",
        vip + "&" + enterprise + "&labelMatch=any&type=customer"
      },
      {"common label and search \"smi\"", common + "&q=smi"},
      {"\"" + LabelRows.VIP + "\" and search \"ana\"", vip + "&q=ana"},
    };
    int n = h.scaled(40);
    List<Row> rows = new ArrayList<>();
    for (String[] c : cases) {
      String path = "/api/v1/members?size=25&" + c[1];
      long hits = h.getJson(path).getJsonNumber("total").longValue();
      Stats stats = h.sequential(n, () -> h.get(path));
      rows.add(
          Row.of(
              id(),
              c[0] + ": " + hits + " members",
              stats,
              "p95 < 100 ms",
              stats.errors() == 0 && stats.p95Ms() < 100));
    }
    return rows;
  }
}
