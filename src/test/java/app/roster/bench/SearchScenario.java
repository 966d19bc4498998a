package app.roster.bench;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * (b) The search box: an email prefix, the start of a name word, a part of a name written without
 * spaces, phone digits; each a first page of 25 with the total. The queries are taken from members
 * that exist, so each finds something.
 */
final class SearchScenario implements Scenario {

  @Override
  public String id() {
    return "b";
  }

  @Override
  public String title() {
    return "Search";
  }

  @Override
  public List<Row> run(Harness h) throws Exception {
    String email = "ana.";
    String phone = "1212";
    var sample = h.getJson("/api/v1/members?size=200&sort=createdAt").getJsonArray("items");
    for (int i = sample.size() - 1; i >= 0; i--) {
      JsonObject member = sample.getJsonObject(i);
      String address = member.getString("email");
      if (address.indexOf('.') > 0 && address.chars().allMatch(ch -> ch < 128)) {
        // "olivia.harris.123@..." is searched as "olivia.harris.12": a prefix that narrows well.
        email = address.substring(0, address.indexOf('@') - 1).toLowerCase(java.util.Locale.ROOT);
      }
      if (!member.isNull("phone")) {
        phone = member.getString("phone").replaceAll("\\D", "").substring(0, 7);
      }
    }
    String[][] cases = {
      {"email prefix \"" + email + "\"", email, "50"},
      {"name word start \"smi\"", "smi", "100"},
      {"name word start \"gar\" (García)", "gar", "100"},
      {"two word starts \"ana lo\"", "ana lo", "100"},
      {"part of a CJK name \"太郎\"", "太郎", "100"},
      {"part of a Korean name \"서연\"", "서연", "100"},
      {"phone digits \"" + phone + "\"", phone, "100"},
      {"common word start \"m\"", "m", "100"},
    };
    int n = h.scaled(40);
    List<Row> rows = new ArrayList<>();
    for (String[] c : cases) {
      String path = "/api/v1/members?size=25&q=" + Harness.enc(c[1]);
      long hits = h.getJson(path).getJsonNumber("total").longValue();
      Stats stats = h.sequential(n, () -> h.get(path));
      double target = Double.parseDouble(c[2]);
      rows.add(
          Row.of(
              id(),
              c[0] + ": " + hits + " hits",
              stats,
              "p95 < " + c[2] + " ms",
              stats.errors() == 0 && stats.p95Ms() < target));
    }
    return rows;
  }
}
