package app.roster.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Access rules over REST as the systems that ask Roster see them: check by rule and by expression,
 * archived members, mistakes with their position, the rule CRUD with ETags, the members a rule
 * admits, and a customer refused everywhere. Every name carries this run's random letters.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessIT {

  private static final String RUN = Api.letters(8);
  private static final String VIP = "VIP " + RUN;
  private static final String CHECK = "api/v1/access/check";
  private static final String RULES = "api/v1/access/rules";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  void aRuleAdmitsLabelledCustomersAndNeverTheArchived() throws Exception {
    label(VIP);
    long vip = member("Vera Vip", "vera." + RUN + "@roster.test", "Customer", "1990-01-02");
    labelMember(vip, VIP);
    long plain = member("Paul Plain", "paul." + RUN + "@roster.test", "Customer", null);
    long agent = member("Aga Agent", "aga." + RUN + "@roster.test", "Agent", null);
    labelMember(agent, VIP);
    long gone = member("Gus Gone", "gus." + RUN + "@roster.test", "Customer", null);
    labelMember(gone, VIP);
    archive(gone);
    String name = "vip-lounge-" + RUN;
    String expression = "'" + VIP + "' in member.labels && member.type == 'customer'";

    HttpResponse<String> created = rule(name, "The lounge", expression);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).isPresent();
    assertThat(created.headers().firstValue("ETag")).isPresent();
    assertThat(checkRule(name, vip)).isTrue();
    assertThat(checkRule(name, plain)).isFalse();
    assertThat(checkRule(name, agent)).isFalse();
    assertThat(checkRule(name, gone)).isFalse();
    assertThat(checkExpression("true", gone)).isFalse();
    assertThat(checkExpression("has(member.age) && member.age >= 18", vip)).isTrue();
    assertThat(checkExpression("has(member.age)", plain)).isFalse();
    assertThat(checkExpression("member.emailDomain == 'roster.test'", plain)).isTrue();
  }

  @Test
  void mistakesAreRefusedWithTheirPositionAndNothingIsStored() throws Exception {
    long plain = member("Mia Mistake", "mia." + RUN + "@roster.test", "Customer", null);

    HttpResponse<String> check =
        send("POST", CHECK, checkBody(null, "member.type == 'customer' &&", plain), Api.OWNER);

    assertThat(check.statusCode()).isEqualTo(400);
    assertThat(check.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    JsonObject problem = Api.object(check);
    JsonObject error = problem.getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("field")).isEqualTo("expression");
    assertThat(error.getString("message")).startsWith("line 1, column 29: ");

    String name = "typo-" + RUN;
    HttpResponse<String> typo = rule(name, null, "member.labelz.size() > 0");
    assertThat(typo.statusCode()).isEqualTo(400);
    assertThat(Api.object(typo).getJsonArray("errors").getJsonObject(0).getString("message"))
        .startsWith("line 1, column 7: ")
        .contains("labelz");
    HttpResponse<String> typeError = rule(name, null, "member.age == 'eighteen'");
    assertThat(typeError.statusCode()).as(typeError.body()).isEqualTo(400);
    assertThat(ruleNames()).doesNotContain(name);
    assertThat(rule("Not A Slug", null, "true").statusCode()).isEqualTo(400);
  }

  @Test
  void unknownRulesAndMembersAre404() throws Exception {
    long plain = member("Ulla Unknown", "ulla." + RUN + "@roster.test", "Customer", null);

    assertThat(
            send("POST", CHECK, checkBody("no-such-rule-" + RUN, null, plain), Api.OWNER)
                .statusCode())
        .isEqualTo(404);
    assertThat(send("POST", CHECK, checkBody(null, "true", 987654321L), Api.OWNER).statusCode())
        .isEqualTo(404);
    assertThat(send("POST", CHECK, checkBody("x", "true", plain), Api.OWNER).statusCode())
        .isEqualTo(400);
  }

  @Test
  void rulesAreEditedWithIfMatchAndDeleted() throws Exception {
    String name = "edit-" + RUN;
    HttpResponse<String> created = rule(name, "first", "member.status == 'active'");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String location = created.headers().firstValue("Location").orElseThrow();
    String path = location.substring(location.indexOf("api/v1/"));
    String etag = created.headers().firstValue("ETag").orElseThrow();
    String changed =
        Json.createObjectBuilder()
            .add("name", name)
            .add("description", "second")
            .add("expression", "member.type == 'team'")
            .build()
            .toString();

    assertThat(send("PUT", path, changed, Api.OWNER).statusCode()).isEqualTo(428);
    HttpResponse<String> saved = send("PUT", path, changed, Api.OWNER, "If-Match", etag);
    assertThat(saved.statusCode()).isEqualTo(200);
    assertThat(Api.object(saved).getString("description")).isEqualTo("second");
    assertThat(saved.headers().firstValue("ETag"))
        .isPresent()
        .isNotEqualTo(java.util.Optional.of(etag));
    assertThat(send("PUT", path, changed, Api.OWNER, "If-Match", etag).statusCode()).isEqualTo(412);
    assertThat(rule(name, null, "true").statusCode()).isEqualTo(409);

    long agent = member("Ted Team", "ted." + RUN + "@roster.test", "Agent", null);
    assertThat(checkRule(name, agent)).isTrue();

    assertThat(send("DELETE", path, null, Api.OWNER).statusCode()).isEqualTo(204);
    assertThat(send("GET", path, null, Api.OWNER).statusCode()).isEqualTo(404);
    assertThat(send("POST", CHECK, checkBody(name, null, agent), Api.OWNER).statusCode())
        .isEqualTo(404);
  }

  @Test
  void theMembersARuleAdmitsArePaged() throws Exception {
    String label = "Pager " + RUN;
    label(label);
    List<Long> labelled = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      long id = member("Pia Page " + i, "pia" + i + "." + RUN + "@roster.test", "Customer", null);
      labelMember(id, label);
      labelled.add(id);
    }
    HttpResponse<String> created = rule("pager-" + RUN, null, "'" + label + "' in member.labels");
    String location = created.headers().firstValue("Location").orElseThrow();
    String path = location.substring(location.indexOf("api/v1/")) + "/members?size=2";

    List<Long> seen = new ArrayList<>();
    String after = "";
    for (int pages = 0; pages < 1000; pages++) {
      JsonObject page = Api.object(send("GET", path + after, null, Api.OWNER));
      page.getJsonArray("items")
          .forEach(m -> seen.add(m.asJsonObject().getJsonNumber("id").longValue()));
      if (page.isNull("nextAfter")) {
        break;
      }
      after = "&after=" + page.getJsonNumber("nextAfter").longValue();
    }

    assertThat(seen).containsExactlyElementsOf(labelled);
  }

  @Test
  void aCustomerIsRefusedEverywhere() throws Exception {
    String email = "cora." + RUN + "@roster.test";
    long cora = member("Cora Customer", email, "Customer", null);
    TestDatabase.givePassword(email, "cora-password-" + RUN);
    String customer = email + ":cora-password-" + RUN;

    assertThat(send("GET", RULES, null, customer).statusCode()).isEqualTo(403);
    assertThat(send("POST", RULES, ruleBody("x-" + RUN, null, "true"), customer).statusCode())
        .isEqualTo(403);
    assertThat(send("POST", CHECK, checkBody(null, "true", cora), customer).statusCode())
        .isEqualTo(403);
  }

  @Test
  void theEditorChecksAsYouTypeTestsAMemberAndListsWhoIsAdmitted() throws Exception {
    String label = "Lounge " + RUN;
    label(label);
    long vip = member("Lou Lounge", "lou." + RUN + "@roster.test", "Customer", null);
    labelMember(vip, label);
    Browser browser = Browser.open(base);
    try {
      browser.go("signin.xhtml");
      browser
          .type("email", System.getProperty("roster.test.admin.email"))
          .type("password", System.getProperty("roster.test.admin.password"))
          .clickThrough("submit");
      browser.go("console/settings/access.xhtml");
      browser.click("actions:newRule");
      browser.type("editor:name", "lounge-" + RUN);
      browser.type("editor:expression", "'" + label + "' in member.labelz");

      assertThat(browser.waitForText("editor:check", "line 1, column")).contains("labelz");

      browser.type("editor:expression", "'" + label + "' in member.labels");
      assertThat(browser.waitForText("editor:check", "valid")).isNotBlank();
      browser.click("editor:save");
      browser.waitForGrowl("lounge-" + RUN);
      browser.until(() -> browser.text("rules:table").contains("lounge-" + RUN));

      browser.type("editor:testMember_input", "#" + vip);
      browser.click("editor:test");
      assertThat(browser.waitForText("editor:testResult", "Allowed")).isNotBlank();

      browser.click("editor:showAdmitted");
      browser.until(() -> browser.text("editor:admittedPanel").contains("Lou Lounge"));
      browser.screenshot("access-rule-editor");
    } finally {
      browser.close();
    }
  }

  // Arranging

  private void label(String name) throws Exception {
    HttpResponse<String> created =
        send(
            "POST",
            "api/v1/labels",
            Json.createObjectBuilder().add("name", name).build().toString(),
            Api.OWNER);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
  }

  private long member(String name, String email, String role, String dateOfBirth) throws Exception {
    var body = Json.createObjectBuilder().add("name", name).add("email", email).add("role", role);
    if (dateOfBirth != null) {
      body.add("dateOfBirth", dateOfBirth);
    }
    HttpResponse<String> created =
        send("POST", "api/v1/members", body.build().toString(), Api.OWNER);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Api.object(created).getJsonNumber("id").longValueExact();
  }

  private void labelMember(long id, String label) throws Exception {
    String body = Json.createArrayBuilder().add(label).build().toString();
    HttpResponse<String> put = send("PUT", "api/v1/members/" + id + "/labels", body, Api.OWNER);
    assertThat(put.statusCode()).isEqualTo(200);
  }

  private void archive(long id) throws Exception {
    HttpResponse<String> archived =
        send("POST", "api/v1/members/" + id + "/archive", null, Api.OWNER);
    assertThat(archived.statusCode()).as(archived.body()).isEqualTo(200);
  }

  private HttpResponse<String> rule(String name, String description, String expression)
      throws Exception {
    return send("POST", RULES, ruleBody(name, description, expression), Api.OWNER);
  }

  private static String ruleBody(String name, String description, String expression) {
    var body = Json.createObjectBuilder().add("name", name).add("expression", expression);
    if (description != null) {
      body.add("description", description);
    }
    return body.build().toString();
  }

  private List<String> ruleNames() throws Exception {
    JsonArray rules =
        Json.createReader(new java.io.StringReader(send("GET", RULES, null, Api.OWNER).body()))
            .readArray();
    return rules.stream().map(r -> r.asJsonObject().getString("name")).toList();
  }

  private boolean checkRule(String rule, long member) throws Exception {
    return verdict(checkBody(rule, null, member));
  }

  private boolean checkExpression(String expression, long member) throws Exception {
    return verdict(checkBody(null, expression, member));
  }

  private boolean verdict(String body) throws Exception {
    HttpResponse<String> answer = send("POST", CHECK, body, Api.OWNER);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return Api.object(answer).getBoolean("allowed");
  }

  private static String checkBody(String rule, String expression, long member) {
    var body = Json.createObjectBuilder().add("memberId", member);
    body.add("rule", rule == null ? JsonValue.NULL : Json.createValue(rule));
    body.add("expression", expression == null ? JsonValue.NULL : Json.createValue(expression));
    return body.build().toString();
  }

  // HTTP

  private HttpResponse<String> send(
      String method, String path, String json, String credentials, String... headers)
      throws Exception {
    return Api.at(base).send(method, path, json, credentials, Api.headers(headers));
  }
}
