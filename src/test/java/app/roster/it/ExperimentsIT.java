package app.roster.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.roster.experiments.Bucketing;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Experiments as admins and client systems see them over REST: the experiment CRUD with ETags, lazy
 * assignment that is deterministic (the client computes the same group) and sticky (weight changes
 * move nobody), eligibility, draft and stopped experiments, parallel first evaluations storing one
 * row, explicit assignment, and experiment('key') inside an access rule and an Action. Every key,
 * email and label carries this run's random letters.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExperimentsIT {

  private static final String RUN = Api.letters(8);
  private static final String EXPERIMENTS = "api/v1/experiments";
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  void anExperimentIsCreatedReadAndChangedWithETags() throws Exception {
    String key = "crud-" + RUN;

    HttpResponse<String> created = create(key, "running", null, 50, 50);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/experiments/" + key));
    String etag = created.headers().firstValue("ETag").orElseThrow();
    JsonObject read = Api.object(send("GET", EXPERIMENTS + "/" + key, null));
    assertThat(read.getString("name")).isEqualTo("Experiment " + key);
    assertThat(read.getString("status")).isEqualTo("running");
    assertThat(read.getJsonArray("groups")).hasSize(2);
    assertThat(create(key, "draft", null, 1, 1).statusCode()).isEqualTo(409);

    String patch = "{\"name\": \"Checkout copy\", \"condition\": \"member.type == 'customer'\"}";
    assertThat(send("PATCH", EXPERIMENTS + "/" + key, patch).statusCode()).isEqualTo(428);
    assertThat(send("PATCH", EXPERIMENTS + "/" + key, patch, "If-Match", "\"99\"").statusCode())
        .isEqualTo(412);
    HttpResponse<String> patched = send("PATCH", EXPERIMENTS + "/" + key, patch, "If-Match", etag);
    assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
    assertThat(Api.object(patched).getString("name")).isEqualTo("Checkout copy");
    assertThat(Api.object(patched).getString("condition")).isEqualTo("member.type == 'customer'");
    assertThat(patched.headers().firstValue("ETag")).isPresent().isNotEqualTo(etag);

    HttpResponse<String> typo =
        send(
            "PATCH",
            EXPERIMENTS + "/" + key,
            "{\"condition\": \"member.tpye == 'customer'\"}",
            "If-Match",
            patched.headers().firstValue("ETag").orElseThrow());
    assertThat(typo.statusCode()).isEqualTo(400);
    assertThat(Api.object(typo).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("condition");
    HttpResponse<String> oneGroup =
        send(
            "POST",
            EXPERIMENTS,
            "{\"key\": \"one-"
                + RUN
                + "\", \"name\": \"One\", \"groups\": [{\"name\": \"a\","
                + " \"weight\": 1}]}");
    assertThat(oneGroup.statusCode()).isEqualTo(400);
    HttpResponse<String> badKey = create("Not A Slug " + RUN, "draft", null, 1, 1);
    assertThat(badKey.statusCode()).isEqualTo(400);
    assertThat(Api.object(badKey).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("key");
  }

  @Test
  void lazyAssignmentIsDeterministicStickyAndUntouchedByWeightChanges() throws Exception {
    String key = "sticky-" + RUN;
    create(key, "running", null, 50, 50);
    List<Long> members = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      members.add(member("Sam Sticky" + i, "sticky" + i + "." + RUN + "@roster.test", "Customer"));
    }

    List<JsonObject> first = new ArrayList<>();
    for (long id : members) {
      JsonObject assigned = assign(key, id);
      assertThat(assigned.getString("method")).isEqualTo("lazy");
      assertThat(assigned.getString("group"))
          .isEqualTo(List.of("control", "variant").get(expected(key, id, 50, 50)));
      first.add(assigned);
    }
    changeWeights(key, 0, 100);

    for (int i = 0; i < members.size(); i++) {
      JsonObject again = assign(key, members.get(i));
      assertThat(again.getString("group")).isEqualTo(first.get(i).getString("group"));
      assertThat(again.getString("assignedAt")).isEqualTo(first.get(i).getString("assignedAt"));
    }
    long late = member("Lena Late", "late." + RUN + "@roster.test", "Customer");
    assertThat(assign(key, late).getString("group")).isEqualTo("variant");
    assertThat(assignmentRows(members.get(0))).isEqualTo(1);
  }

  @Test
  void ineligibleMembersAndDraftOrStoppedExperimentsGetNoGroupAndStoreNothing() throws Exception {
    String key = "eligible-" + RUN;
    create(key, "draft", "member.type == 'customer'", 50, 50);
    long customer = member("Cora Customer", "cora." + RUN + "@roster.test", "Customer");
    long agent = member("Abe Agent", "abe." + RUN + "@roster.test", "Agent");

    assertThat(assign(key, customer).isNull("group")).isTrue();
    setStatus(key, "running");
    assertThat(assign(key, agent).isNull("group")).isTrue();
    assertThat(memberExperiments(agent)).isEmpty();
    String group = assign(key, customer).getString("group");

    setStatus(key, "stopped");
    long newcomer = member("Nina New", "nina." + RUN + "@roster.test", "Customer");
    assertThat(assign(key, newcomer).isNull("group")).isTrue();
    assertThat(assign(key, customer).isNull("group")).isTrue();
    assertThat(memberExperiments(newcomer)).isEmpty();
    List<JsonObject> kept = memberExperiments(customer);
    assertThat(kept).hasSize(1);
    assertThat(kept.get(0).getString("group")).isEqualTo(group);
    assertThat(kept.get(0).getString("experimentStatus")).isEqualTo("stopped");
    assertThat(putGroup(customer, key, "control").statusCode()).isEqualTo(409);
  }

  @Test
  void parallelFirstEvaluationsStoreOneAssignment() throws Exception {
    String key = "race-" + RUN;
    create(key, "running", null, 50, 50);
    int callers = 8;
    for (int round = 0; round < 3; round++) {
      long id = member("Rae Race" + round, "race" + round + "." + RUN + "@roster.test", "Customer");
      ExecutorService pool = Executors.newFixedThreadPool(callers);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        Callable<HttpResponse<String>> call =
            () -> {
              start.await();
              return send("POST", EXPERIMENTS + "/" + key + "/assignments", body(id));
            };
        answers.add(pool.submit(call));
      }
      start.countDown();
      Set<String> seen = new HashSet<>();
      for (Future<HttpResponse<String>> answer : answers) {
        HttpResponse<String> response = answer.get();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        seen.add(
            Api.object(response).getString("group")
                + "@"
                + Api.object(response).getString("assignedAt"));
      }
      pool.shutdown();

      assertThat(seen).hasSize(1);
      assertThat(assignmentRows(id)).isEqualTo(1);
    }
  }

  @Test
  void anAdminAssignsExplicitlyAndIsNamedAsTheActor() throws Exception {
    String key = "explicit-" + RUN;
    create(key, "running", null, 100, 0);
    long id = member("Ed Explicit", "ed." + RUN + "@roster.test", "Customer");
    assertThat(assign(key, id).getString("group")).isEqualTo("control");

    HttpResponse<String> put = putGroup(id, key, "variant");

    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    assertThat(Api.object(put).getString("method")).isEqualTo("explicit");
    List<JsonObject> listed = memberExperiments(id);
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).getString("group")).isEqualTo("variant");
    assertThat(listed.get(0).getString("method")).isEqualTo("explicit");
    assertThat(listed.get(0).getString("actorName")).isNotBlank();
    assertThat(assign(key, id).getString("group")).isEqualTo("variant");
    assertThat(putGroup(id, key, "nonesuch").statusCode()).isEqualTo(400);
    assertThat(putGroup(id, "no-such-" + RUN, "variant").statusCode()).isEqualTo(404);
  }

  @Test
  void aSelectionIsAssignedExplicitlyAndMembersWithAGroupKeepIt() throws Exception {
    String key = "selection-" + RUN;
    create(key, "running", null, 100, 0);
    long first = member("Sel One", "sel1." + RUN + "@roster.test", "Customer");
    long second = member("Sel Two", "sel2." + RUN + "@roster.test", "Customer");
    long had = member("Sel Had", "sel3." + RUN + "@roster.test", "Customer");
    assertThat(assign(key, had).getString("group")).isEqualTo("control");
    // Ids of no member, enough to need a second batch of 200.
    long[] ids = new long[253];
    ids[0] = first;
    ids[1] = second;
    ids[2] = had;
    for (int i = 3; i < ids.length; i++) {
      ids[i] = Long.MAX_VALUE - i;
    }

    HttpResponse<String> bulk = bulkAssign(key, "variant", ids);

    assertThat(bulk.statusCode()).as(bulk.body()).isEqualTo(200);
    JsonObject outcome = Api.object(bulk);
    assertThat(outcome.getInt("assigned")).isEqualTo(2);
    assertThat(outcome.getInt("kept")).isEqualTo(1);
    assertThat(outcome.getInt("skipped")).isEqualTo(250);
    for (long id : List.of(first, second)) {
      JsonObject listed = memberExperiments(id).get(0);
      assertThat(listed.getString("group")).isEqualTo("variant");
      assertThat(listed.getString("method")).isEqualTo("explicit");
      assertThat(listed.getString("actorName")).isNotBlank();
    }
    JsonObject kept = memberExperiments(had).get(0);
    assertThat(kept.getString("group")).isEqualTo("control");
    assertThat(kept.getString("method")).isEqualTo("lazy");
    JsonObject again = Api.object(bulkAssign(key, "control", first, second));
    assertThat(again.getInt("assigned")).isZero();
    assertThat(again.getInt("kept")).isEqualTo(2);
    assertThat(memberExperiments(first).get(0).getString("group")).isEqualTo("variant");
  }

  @Test
  void aBulkAssignmentIsRefusedWithoutExperimentsManageOrAChoiceThatHolds() throws Exception {
    String key = "refused-" + RUN;
    create(key, "running", null, 50, 50);
    long id = member("Rex Refused", "rex." + RUN + "@roster.test", "Customer");
    Api api = Api.at(base);
    String customer =
        api.memberWithPassword("Cy Customer", "cy." + RUN + "@roster.test", "Customer");
    String agent = api.memberWithPassword("Al Agent", "al." + RUN + "@roster.test", "Agent");
    String body = bulkBody("variant", id);

    for (String caller : List.of(customer, agent)) {
      HttpResponse<String> refused =
          api.send("POST", EXPERIMENTS + "/" + key + "/assignments/bulk", body, caller);
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    }
    assertThat(memberExperiments(id)).isEmpty();
    assertThat(bulkAssign(key, "nonesuch", id).statusCode()).isEqualTo(400);
    HttpResponse<String> noIds =
        send("POST", EXPERIMENTS + "/" + key + "/assignments/bulk", "{\"group\": \"variant\"}");
    assertThat(Api.fieldsOf(Api.problem(noIds, 400))).contains("memberIds");
    setStatus(key, "stopped");
    assertThat(bulkAssign(key, "variant", id).statusCode()).isEqualTo(409);
    assertThat(memberExperiments(id)).isEmpty();
  }

  @Test
  void creatingChangingAndAssigningAreInTheAuditTrail() throws Exception {
    String key = "audited-" + RUN;
    create(key, "draft", null, 50, 50);
    patch(
        key,
        Json.createObjectBuilder()
            .add("name", "Audited " + RUN)
            .add("status", "running")
            .add("groups", groups(70, 30))
            .build());
    long id = member("Aud Member", "aud." + RUN + "@roster.test", "Customer");
    assertThat(putGroup(id, key, "control").statusCode()).isEqualTo(200);
    long other = member("Aud Other", "aud2." + RUN + "@roster.test", "Customer");
    assertThat(bulkAssign(key, "variant", other).statusCode()).isEqualTo(200);

    JsonObject created = auditOf("experiment.created", key);
    assertThat(created.getJsonObject("target").getString("type")).isEqualTo("experiment");
    assertThat(created.getJsonObject("details").getString("status")).isEqualTo("draft");
    assertThat(created.getJsonObject("details").getString("groups"))
        .isEqualTo("control 50 / variant 50");
    JsonObject changes = auditOf("experiment.changed", key).getJsonObject("details");
    JsonObject changed = changes.getJsonObject("changes");
    assertThat(changed.getJsonObject("status").getString("before")).isEqualTo("draft");
    assertThat(changed.getJsonObject("status").getString("after")).isEqualTo("running");
    assertThat(changed.getJsonObject("name").getString("after")).isEqualTo("Audited " + RUN);
    assertThat(changed.getJsonObject("groups").getString("after"))
        .isEqualTo("control 70 / variant 30");
    assertThat(changed).doesNotContainKey("condition");

    for (long member : List.of(id, other)) {
      JsonObject history =
          Api.object(send("GET", "api/v1/members/" + member + "/history", null))
              .getJsonArray("items")
              .getJsonObject(0);
      assertThat(history.getString("action")).isEqualTo("experiment.assigned");
      assertThat(history.getJsonObject("actor").getString("label")).isNotBlank();
      JsonObject details = history.getJsonObject("details");
      assertThat(details.getString("experiment")).isEqualTo(key);
      assertThat(details.getJsonObject("changes").getJsonObject("group").getString("after"))
          .isEqualTo(member == id ? "control" : "variant");
    }
  }

  /** The newest audit entry of this action about the experiment with this key. */
  private JsonObject auditOf(String action, String key) throws Exception {
    JsonArray items =
        Api.object(send("GET", "api/v1/audit?size=200&action=" + action, null))
            .getJsonArray("items");
    return items.stream()
        .map(JsonValue::asJsonObject)
        .filter(e -> key.equals(e.getJsonObject("details").getString("experiment", null)))
        .findFirst()
        .orElseThrow(() -> new AssertionError(action + " of " + key + " not in " + items));
  }

  private HttpResponse<String> bulkAssign(String key, String group, long... members)
      throws Exception {
    return send("POST", EXPERIMENTS + "/" + key + "/assignments/bulk", bulkBody(group, members));
  }

  private static String bulkBody(String group, long... members) {
    var ids = Json.createArrayBuilder();
    for (long member : members) {
      ids.add(member);
    }
    return Json.createObjectBuilder().add("memberIds", ids).add("group", group).build().toString();
  }

  @Test
  void anAccessRuleAssignsThroughExperimentAndRecordsTheRule() throws Exception {
    String key = "lounge-" + RUN;
    create(key, "running", null, 0, 100);
    long id = member("Val Variant", "val." + RUN + "@roster.test", "Customer");
    String rule = "beta-" + RUN;
    String expression = "experiment('" + key + "') == 'variant'";
    HttpResponse<String> created =
        send(
            "POST",
            "api/v1/access/rules",
            Json.createObjectBuilder()
                .add("name", rule)
                .add("expression", expression)
                .build()
                .toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(memberExperiments(id)).isEmpty();

    HttpResponse<String> check =
        send(
            "POST",
            "api/v1/access/check",
            "{\"rule\": \"" + rule + "\", \"memberId\": " + id + "}");

    assertThat(check.statusCode()).as(check.body()).isEqualTo(200);
    assertThat(Api.object(check).getBoolean("allowed")).isTrue();
    List<JsonObject> listed = memberExperiments(id);
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).getString("method")).isEqualTo("lazy");
    assertThat(listed.get(0).getString("triggeredBy")).isEqualTo("access rule " + rule);
    changeWeights(key, 100, 0);
    HttpResponse<String> again =
        send(
            "POST",
            "api/v1/access/check",
            "{\"rule\": \"" + rule + "\", \"memberId\": " + id + "}");
    assertThat(Api.object(again).getBoolean("allowed")).isTrue();
    HttpResponse<String> unknown =
        send(
            "POST",
            "api/v1/access/check",
            "{\"expression\": \"experiment('none-" + RUN + "') == ''\", \"memberId\": " + id + "}");
    assertThat(Api.object(unknown).getBoolean("allowed")).isTrue();
  }

  @Test
  void anActionConditionAssignsThroughExperiment() throws Exception {
    String key = "welcome-" + RUN;
    create(key, "running", null, 0, 100);
    String trigger = "Trial " + RUN;
    String reward = "Variant " + RUN;
    label(trigger);
    label(reward);
    String actionName = "Variant welcome " + RUN;
    String action =
        Json.createObjectBuilder()
            .add("name", actionName)
            .add("trigger", "labelAdded")
            .add("label", trigger)
            .add("condition", "experiment('" + key + "') == 'variant'")
            .add(
                "steps",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("type", "addLabel").add("label", reward)))
            .build()
            .toString();
    HttpResponse<String> created = send("POST", "api/v1/actions", action);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = member("Tia Trial", "tia." + RUN + "@roster.test", "Customer");

    HttpResponse<String> labelled =
        send(
            "PUT",
            "api/v1/members/" + id + "/labels",
            Json.createArrayBuilder().add(trigger).build().toString());
    assertThat(labelled.statusCode()).as(labelled.body()).isEqualTo(200);

    await().atMost(PATIENCE).until(() -> labelsOf(id).contains(reward));
    List<JsonObject> listed = memberExperiments(id);
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).getString("group")).isEqualTo("variant");
    assertThat(listed.get(0).getString("triggeredBy")).isEqualTo("action " + actionName);
  }

  // Helpers

  private static int expected(String key, long member, int... weights) {
    List<Integer> list = new ArrayList<>();
    for (int w : weights) {
      list.add(w);
    }
    return Bucketing.groupIndex(key, member, list);
  }

  private HttpResponse<String> create(
      String key, String status, String condition, int control, int variant) throws Exception {
    var body =
        Json.createObjectBuilder()
            .add("key", key)
            .add("name", "Experiment " + key)
            .add("status", status)
            .add("groups", groups(control, variant));
    if (condition != null) {
      body.add("condition", condition);
    }
    return send("POST", EXPERIMENTS, body.build().toString());
  }

  private static JsonArray groups(int control, int variant) {
    return Json.createArrayBuilder()
        .add(Json.createObjectBuilder().add("name", "control").add("weight", control))
        .add(Json.createObjectBuilder().add("name", "variant").add("weight", variant))
        .build();
  }

  private void changeWeights(String key, int control, int variant) throws Exception {
    patch(key, Json.createObjectBuilder().add("groups", groups(control, variant)).build());
  }

  private void setStatus(String key, String status) throws Exception {
    patch(key, Json.createObjectBuilder().add("status", status).build());
  }

  private void patch(String key, JsonObject body) throws Exception {
    HttpResponse<String> current = send("GET", EXPERIMENTS + "/" + key, null);
    String etag = current.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> patched =
        send("PATCH", EXPERIMENTS + "/" + key, body.toString(), "If-Match", etag);
    assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
  }

  private JsonObject assign(String key, long member) throws Exception {
    HttpResponse<String> answer =
        send("POST", EXPERIMENTS + "/" + key + "/assignments", body(member));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return Api.object(answer);
  }

  private static String body(long member) {
    return "{\"memberId\": " + member + "}";
  }

  private HttpResponse<String> putGroup(long member, String key, String group) throws Exception {
    return send(
        "PUT",
        "api/v1/members/" + member + "/experiments/" + key,
        Json.createObjectBuilder().add("group", group).build().toString());
  }

  private List<JsonObject> memberExperiments(long member) throws Exception {
    HttpResponse<String> answer = send("GET", "api/v1/members/" + member + "/experiments", null);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonArray array = Json.createReader(new StringReader(answer.body())).readArray();
    return array.stream().map(JsonValue::asJsonObject).toList();
  }

  private List<String> labelsOf(long member) throws Exception {
    HttpResponse<String> answer = send("GET", "api/v1/members/" + member + "/labels", null);
    JsonArray array = Json.createReader(new StringReader(answer.body())).readArray();
    return array.getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  private static long assignmentRows(long member) throws Exception {
    try (Connection c = TestDatabase.connect();
        PreparedStatement count =
            c.prepareStatement("SELECT COUNT(*) FROM experiment_assignment WHERE member_id = ?")) {
      count.setLong(1, member);
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private void label(String name) throws Exception {
    HttpResponse<String> created =
        send(
            "POST",
            "api/v1/labels",
            Json.createObjectBuilder().add("name", name).build().toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
  }

  private HttpResponse<String> send(String method, String path, String json, String... headers)
      throws Exception {
    return Api.at(base).send(method, path, json, Api.OWNER, Api.headers(headers));
  }

  private long member(String name, String email, String role) throws Exception {
    String body =
        Json.createObjectBuilder()
            .add("name", name)
            .add("email", email)
            .add("role", role)
            .build()
            .toString();
    HttpResponse<String> created = send("POST", "api/v1/members", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Api.object(created).getJsonNumber("id").longValueExact();
  }
}
