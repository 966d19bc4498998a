package app.roster.it;

import static app.roster.it.Api.enc;
import static app.roster.it.Api.fieldsOf;
import static app.roster.it.Api.letters;
import static app.roster.it.Api.problem;
import static app.roster.it.Api.strings;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Labels over REST as a client sees them: the list of labels, a member's labels, the label filter
 * of the member list (any of, all of, none of) against the database, unicode names, the audit trail
 * and who may do what. Every name and search word carries this run's random letters.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LabelsApiIT {

  private static final String LABELS = "api/v1/labels";
  private static final String MEMBERS = "api/v1/members";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  @ArquillianResource URL base;

  private Api api;

  @BeforeEach
  void client() {
    api = new Api(base);
  }

  // The list of labels

  @Test
  void labelsAreCreatedRenamedRecolouredAndDeletedAndMembersKeepThemWhenRenamed() throws Exception {
    String word = letters(8);
    HttpResponse<String> created = api.send("POST", LABELS, label("VIP " + word, "#FF8800"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject label = Api.object(created);
    long id = label.getJsonNumber("id").longValueExact();
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(v -> assertThat(v).endsWith("/api/v1/labels/" + id));
    assertThat(label.getString("name")).isEqualTo("VIP " + word);
    assertThat(label.getString("colour")).isEqualTo("#ff8800");

    long member = id(api.addMember("Vera " + word, "vera." + word + "@roster.test", "Customer"));
    api.expect(200, "POST", MEMBERS + "/" + member + "/labels/" + enc("VIP " + word), null);

    HttpResponse<String> renamed =
        api.send(
            "PUT",
            LABELS + "/" + id,
            label("Very Important " + word, null),
            Api.OWNER,
            Map.of("If-Match", created.headers().firstValue("ETag").orElseThrow()));
    assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
    assertThat(Api.object(renamed).getString("colour")).isEqualTo("#ff8800");
    assertThat(labelsOfMember(member)).containsExactly("Very Important " + word);
    assertThat(usage("Very Important " + word).getInt("members")).isEqualTo(1);

    HttpResponse<String> stale =
        api.send(
            "PUT",
            LABELS + "/" + id,
            label("Stale " + word, null),
            Api.OWNER,
            Map.of("If-Match", created.headers().firstValue("ETag").orElseThrow()));
    problem(stale, 412);

    api.expect(204, "DELETE", LABELS + "/" + id, null);
    assertThat(labelsOfMember(member)).isEmpty();
    problem(api.send("GET", LABELS + "/" + id, null), 404);
  }

  @Test
  void namesAreUniqueRegardlessOfCaseAndWidth() throws Exception {
    String word = letters(8);
    api.expect(201, "POST", LABELS, label("Enterprise " + word, null));

    JsonObject sameCase =
        problem(api.send("POST", LABELS, label("ENTERPRISE " + word.toUpperCase(), null)), 409);
    assertThat(fieldsOf(sameCase)).containsExactly("name");
    // Full-width letters are the same word after compatibility folding.
    String fullWidth = "ＥＮＴＥＲＰＲＩＳＥ " + word;
    assertThat(fieldsOf(problem(api.send("POST", LABELS, label(fullWidth, null)), 409)))
        .containsExactly("name");
  }

  @Test
  void invalidLabelsAreRefusedWithFieldErrors() throws Exception {
    assertThat(fieldsOf(problem(api.send("POST", LABELS, label("  ", null)), 400)))
        .contains("name");
    assertThat(fieldsOf(problem(api.send("POST", LABELS, label("x".repeat(101), null)), 400)))
        .contains("name");
    assertThat(fieldsOf(problem(api.send("POST", LABELS, label("Ok " + letters(6), "red")), 400)))
        .containsExactly("colour");
  }

  @Test
  void unicodeLabelsKeepTheirSpellingAndAccentsMatter() throws Exception {
    String word = letters(8);
    List<String> names =
        List.of("顧客 " + word, "Größe " + word, "Café " + word, "Cafe " + word, "Ωmega " + word);
    for (String name : names) {
      api.expect(201, "POST", LABELS, label(name, null));
    }
    long member =
        id(api.addMember("Yamada " + word, "yamada." + word + "@roster.test", "Customer"));

    api.expect(200, "PUT", MEMBERS + "/" + member + "/labels", array("顧客 " + word, "café " + word));

    assertThat(labelsOfMember(member)).containsExactlyInAnyOrder("顧客 " + word, "Café " + word);
    assertThat(ids(list("q=" + word + "&label=" + enc("顧客 " + word)))).containsExactly(member);
    assertThat(ids(list("q=" + word + "&label=" + enc("Cafe " + word)))).isEmpty();
    assertThat(ids(list("q=" + word + "&label=" + enc("GRÖSSE " + word)))).isEmpty();
  }

  // A member's labels

  @Test
  void aMembersLabelsAreSetAddedAndRemovedByName() throws Exception {
    String word = letters(8);
    for (String name : List.of("Alpha " + word, "Beta " + word, "Gamma " + word)) {
      api.expect(201, "POST", LABELS, label(name, null));
    }
    long member = id(api.addMember("Lia " + word, "lia." + word + "@roster.test", "Customer"));
    String path = MEMBERS + "/" + member + "/labels";

    HttpResponse<String> put =
        api.send("PUT", path, "{\"labels\": [\"Beta " + word + "\", \"alpha " + word + "\"]}");
    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    assertThat(strings(Api.array(put))).containsExactly("Alpha " + word, "Beta " + word);

    HttpResponse<String> post = api.send("POST", path + "/" + enc("GAMMA " + word), null);
    assertThat(strings(Api.array(post)))
        .containsExactly("Alpha " + word, "Beta " + word, "Gamma " + word);
    HttpResponse<String> again = api.send("POST", path + "/" + enc("Gamma " + word), null);
    assertThat(strings(Api.array(again))).hasSize(3);

    assertThat(api.send("DELETE", path + "/" + enc("Alpha " + word), null).statusCode())
        .isEqualTo(204);
    assertThat(labelsOfMember(member)).containsExactly("Beta " + word, "Gamma " + word);

    api.expect(200, "PUT", path, "[]");
    assertThat(labelsOfMember(member)).isEmpty();
  }

  @Test
  void unknownLabelsAndMalformedBodiesAreRefusedBeforeAnythingChanges() throws Exception {
    String word = letters(8);
    api.expect(201, "POST", LABELS, label("Known " + word, null));
    long member = id(api.addMember("Uma " + word, "uma." + word + "@roster.test", "Customer"));
    String path = MEMBERS + "/" + member + "/labels";

    JsonObject unknown =
        problem(api.send("PUT", path, array("Known " + word, "Nope " + word)), 400);
    assertThat(fieldsOf(unknown)).containsExactly("labels");
    assertThat(unknown.toString()).contains("Nope " + word);
    assertThat(labelsOfMember(member)).isEmpty();

    assertThat(fieldsOf(problem(api.send("PUT", path, "{\"labels\": 3}"), 400)))
        .containsExactly("labels");
    assertThat(fieldsOf(problem(api.send("PUT", path, "[1, 2]"), 400))).containsExactly("labels");
    problem(api.send("POST", path + "/" + enc("Nope " + word), null), 400);
    problem(api.send("POST", MEMBERS + "/987654321/labels/" + enc("Known " + word), null), 404);
  }

  @Test
  void memberJsonCarriesTheLabelsAndTheHistoryRecordsEachChange() throws Exception {
    String word = letters(8);
    api.expect(201, "POST", LABELS, label("Partner " + word, null));
    long member = id(api.addMember("Pia " + word, "pia." + word + "@roster.test", "Customer"));

    api.expect(200, "POST", MEMBERS + "/" + member + "/labels/" + enc("Partner " + word), null);
    api.expect(204, "DELETE", MEMBERS + "/" + member + "/labels/" + enc("Partner " + word), null);
    api.expect(200, "POST", MEMBERS + "/" + member + "/labels/" + enc("Partner " + word), null);

    JsonObject json = api.expect(200, "GET", MEMBERS + "/" + member, null);
    assertThat(strings(json.getJsonArray("labels"))).containsExactly("Partner " + word);
    JsonObject history = api.expect(200, "GET", MEMBERS + "/" + member + "/history", null);
    List<JsonObject> entries = history.getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(entries.stream().map(e -> e.getString("action")).toList())
        .containsSubsequence("label.added", "label.removed", "label.added");
    assertThat(entries.get(0).getJsonObject("details").getString("label"))
        .isEqualTo("Partner " + word);
  }

  // The label filter

  @Test
  void theListFiltersByAnyAllOrNoneOfTheLabelsWithSearchAndType() throws Exception {
    String word = letters(8);
    String one = "One " + word;
    String two = "Two " + word;
    api.expect(201, "POST", LABELS, label(one, null));
    api.expect(201, "POST", LABELS, label(two, null));
    long a = id(api.addMember("Ann " + word, "ann." + word + "@roster.test", "Customer"));
    long b = id(api.addMember("Bob " + word, "bob." + word + "@roster.test", "Customer"));
    long c = id(api.addMember("Cid " + word, "cid." + word + "@roster.test", "Agent"));
    long d = id(api.addMember("Dee " + word, "dee." + word + "@roster.test", "Agent"));
    api.expect(200, "PUT", MEMBERS + "/" + a + "/labels", array(one));
    api.expect(200, "PUT", MEMBERS + "/" + b + "/labels", array(one, two));
    api.expect(200, "PUT", MEMBERS + "/" + c + "/labels", array(two));
    String both = "q=" + word + "&label=" + enc(one) + "&label=" + enc(two);

    assertThat(ids(list(both))).containsExactly(a, b, c);
    assertThat(ids(list(both + "&labelMatch=any"))).containsExactly(a, b, c);
    assertThat(ids(list(both + "&labelMatch=all"))).containsExactly(b);
    assertThat(ids(list(both + "&labelMatch=NONE"))).containsExactly(d);
    assertThat(ids(list("q=" + word + "&label=" + enc(one.toUpperCase())))).containsExactly(a, b);
    assertThat(ids(list(both + "&type=customer"))).containsExactly(a, b);
    assertThat(ids(list(both + "&labelMatch=none&role=Agent"))).containsExactly(d);
    assertThat(list(both + "&labelMatch=all").getInt("total")).isEqualTo(1);

    String unknown = "&label=" + enc("Ghost " + word);
    assertThat(ids(list("q=" + word + unknown))).isEmpty();
    assertThat(ids(list(both + unknown + "&labelMatch=any"))).containsExactly(a, b, c);
    assertThat(ids(list(both + unknown + "&labelMatch=all"))).isEmpty();
    assertThat(ids(list("q=" + word + unknown + "&labelMatch=none"))).containsExactly(a, b, c, d);

    JsonObject items = list(both + "&labelMatch=all");
    assertThat(strings(items.getJsonArray("items").getJsonObject(0).getJsonArray("labels")))
        .containsExactly(one, two);
    assertThat(
            fieldsOf(
                problem(api.send("GET", MEMBERS + "?" + both + "&labelMatch=some", null), 400)))
        .containsExactly("labelMatch");
  }

  @Test
  void totalsFollowEveryWriteThatMovesAMemberInOrOutOfAList() throws Exception {
    String word = letters(8);
    String vip = "Vip " + word;
    api.expect(201, "POST", LABELS, label(vip, null));
    String byLabel = "label=" + enc(vip);
    long a = id(api.addMember("Ann " + word, "ann." + word + "@roster.test", "Customer"));
    long b = id(api.addMember("Bob " + word, "bob." + word + "@roster.test", "Agent"));
    long c = id(api.addMember("Cid " + word, "cid." + word + "@roster.test", "Customer"));
    for (long member : List.of(a, b, c)) {
      api.expect(200, "PUT", MEMBERS + "/" + member + "/labels", array(vip));
    }
    assertThat(total(byLabel)).isEqualTo(3);
    assertThat(total(byLabel + "&type=customer")).isEqualTo(2);
    assertThat(total(byLabel + "&labelMatch=none")).isEqualTo(total("") - 3);

    api.expect(200, "POST", MEMBERS + "/" + a + "/archive", null);
    assertThat(total(byLabel)).isEqualTo(2);
    assertThat(total(byLabel + "&status=archived")).isEqualTo(1);

    HttpResponse<String> cid = api.send("GET", MEMBERS + "/" + c, null);
    HttpResponse<String> promoted =
        api.call(
            "PATCH",
            MEMBERS + "/" + c,
            "{\"role\":\"Agent\"}",
            Api.OWNER,
            cid.headers().firstValue("ETag").orElseThrow());
    assertThat(promoted.statusCode()).as(promoted.body()).isEqualTo(200);
    assertThat(total(byLabel + "&type=team")).isEqualTo(2);
    assertThat(total(byLabel + "&role=Agent")).isEqualTo(2);

    api.expect(204, "DELETE", MEMBERS + "/" + b + "/labels/" + enc(vip), null);
    assertThat(total(byLabel)).isEqualTo(1);
    assertThat(total(byLabel + "&labelMatch=all&type=team")).isEqualTo(1);

    // The counters MySQL keeps by trigger agree with the rows after all the writes of the suite
    // so far; on H2 they are views over the rows.
    try (Connection db = TestDatabase.connect();
        Statement s = db.createStatement()) {
      assertThat(
              rows(
                  s,
                  "SELECT status, kind, member_type, role_id, SUM(members) FROM member_tally"
                      + " GROUP BY status, kind, member_type, role_id HAVING SUM(members) <> 0"))
          .containsExactlyInAnyOrderElementsOf(
              rows(
                  s,
                  "SELECT status, kind, member_type, role_id,"
                      + " COUNT(*) FROM member GROUP BY status, kind, member_type, role_id"));
      assertThat(
              rows(
                  s,
                  "SELECT label_id, status, kind, member_type, role_id, SUM(members)"
                      + " FROM label_tally GROUP BY label_id, status, kind, member_type, role_id"
                      + " HAVING SUM(members) <> 0"))
          .containsExactlyInAnyOrderElementsOf(
              rows(
                  s,
                  "SELECT ml.label_id, m.status, m.kind,"
                      + " m.member_type, m.role_id, COUNT(*) FROM member_label ml JOIN member m"
                      + " ON m.id = ml.member_id GROUP BY ml.label_id, m.status, m.kind, m.member_type,"
                      + " m.role_id"));
    }
  }

  private long total(String query) throws Exception {
    return list(query).getJsonNumber("total").longValueExact();
  }

  private static List<String> rows(Statement s, String sql) throws Exception {
    List<String> rows = new java.util.ArrayList<>();
    try (ResultSet rs = s.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(rs.getString(i)).append('|');
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }

  // Who may do what

  @Test
  void agentsApplyLabelsButManageNoneAndNeverLabelAnOwner() throws Exception {
    String word = letters(8);
    api.expect(201, "POST", LABELS, label("Gold " + word, null));
    String agent =
        api.memberWithPassword("Agent " + word, "agent." + word + "@roster.test", "Agent");
    long customer = id(api.addMember("Cy " + word, "cy." + word + "@roster.test", "Customer"));
    long owner = ownerId();

    problem(api.send("POST", LABELS, label("Agents " + word, null), agent), 403);
    assertThat(api.send("GET", LABELS, null, agent).statusCode()).isEqualTo(200);
    HttpResponse<String> applied =
        api.send("POST", MEMBERS + "/" + customer + "/labels/" + enc("Gold " + word), null, agent);
    assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
    problem(
        api.send("POST", MEMBERS + "/" + owner + "/labels/" + enc("Gold " + word), null, agent),
        403);
  }

  @Test
  void customersNeitherSeeNorApplyLabels() throws Exception {
    String word = letters(8);
    api.expect(201, "POST", LABELS, label("Silver " + word, null));
    String customer =
        api.memberWithPassword("Cara " + word, "cara." + word + "@roster.test", "Customer");
    long other = id(api.addMember("Otto " + word, "otto." + word + "@roster.test", "Customer"));

    problem(api.send("GET", LABELS, null, customer), 403);
    problem(
        api.send(
            "POST", MEMBERS + "/" + other + "/labels/" + enc("Silver " + word), null, customer),
        403);
    problem(api.send("GET", MEMBERS + "/" + other + "/labels", null, customer), 403);
  }

  // Helpers

  private long ownerId() throws Exception {
    String email = System.getProperty("roster.test.admin.email");
    JsonObject page = list("q=" + enc(email));
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(m -> m.getString("email").equalsIgnoreCase(email))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValueExact();
  }

  private JsonObject usage(String name) throws Exception {
    HttpResponse<String> response = api.send("GET", LABELS, null);
    return Api.array(response).getValuesAs(JsonObject.class).stream()
        .filter(l -> l.getString("name").equals(name))
        .findFirst()
        .orElseThrow();
  }

  private List<String> labelsOfMember(long id) throws Exception {
    HttpResponse<String> response = api.send("GET", MEMBERS + "/" + id + "/labels", null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return strings(Api.array(response));
  }

  private JsonObject list(String query) throws Exception {
    return api.expect(200, "GET", MEMBERS + "?" + query + "&sort=name", null);
  }

  private static List<Long> ids(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(item -> item.getJsonNumber("id").longValueExact())
        .toList();
  }

  private static long id(JsonObject json) {
    return json.getJsonNumber("id").longValueExact();
  }

  private static String label(String name, String colour) {
    var json = Json.createObjectBuilder().add("name", name);
    if (colour != null) {
      json.add("colour", colour);
    }
    return json.build().toString();
  }

  private static String array(String... names) {
    var json = Json.createArrayBuilder();
    for (String name : names) {
      json.add(name);
    }
    return json.build().toString();
  }
}
