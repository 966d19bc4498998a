package app.roster.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Experiments in the console, in a headless Chromium: the member profile's Experiments tab shows a
 * lazy assignment with what triggered it, an admin puts the member into a group by hand and is
 * named, and Settings → Experiments shows the count per group; ticked rows of the member table go
 * into a group (a member with a group keeps it) and the assignment is on the member's History; a
 * team role without experiments.manage sees no such button. Data is made over REST first.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExperimentsConsoleIT {

  private static final SecureRandom RANDOM = new SecureRandom();

  private static final String TABLE = "members:table";

  private static Browser browser;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  @ArquillianResource URL base;

  private final String run = randomLetters(8);

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private final String owner =
      System.getProperty("roster.test.admin.email")
          + ":"
          + System.getProperty("roster.test.admin.password");

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  @Test
  void theProfileTabShowsLazyAndExplicitAssignmentsAndTheSettingsPageCountsThem() throws Exception {
    String lazyKey = "checkout-" + run;
    String lazyName = "Checkout " + run;
    experiment(lazyKey, lazyName, "running", 0, 100);
    String handKey = "onboarding-" + run;
    String handName = "Onboarding " + run;
    experiment(handKey, handName, "draft", 50, 50);
    long member = member("Pia Profile", "pia." + run + "@roster.test");
    HttpResponse<String> check =
        send(
            "POST",
            "api/v1/access/check",
            "{\"expression\": \"experiment('"
                + lazyKey
                + "') == 'variant'\", \"memberId\": "
                + member
                + "}");
    assertThat(check.body()).contains("\"allowed\":true");

    signIn(
        System.getProperty("roster.test.admin.email"),
        System.getProperty("roster.test.admin.password"));
    browser.go("console/members/member.xhtml?id=" + member + "&tab=experiments");

    browser.screenshot("member-experiments-lazy");
    browser.element("experiments:assignments");
    List<String> rows = browser.rows("experiments:assignments");
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0))
        .contains(lazyName, lazyKey, "variant", "Lazy, from a CEL branch: access check", "Running");

    browser.choose("experiments:experimentKey", handName);
    browser.waitForPage();
    browser.choose("experiments:group", "variant");
    browser.click("experiments:assign");
    browser.waitForGrowl("Put into");
    browser.until(() -> browser.rows("experiments:assignments").size() == 2);
    browser.screenshot("member-experiments-tab");
    assertThat(browser.rows("experiments:assignments"))
        .anySatisfy(row -> assertThat(row).contains(handName, "variant", "Explicit, by ", "Draft"));

    browser.go("console/settings/experiments.xhtml");
    assertThat(browser.rows("list:table")).anySatisfy(row -> assertThat(row).contains(lazyName));
    int index = indexOf(browser.rows("list:table"), lazyName);
    browser.click("list:table:" + index + ":edit");
    browser.until(() -> browser.isVisible("results:split"));
    assertThat(browser.rows("results:split"))
        .containsExactly("control 0 0% 0 0%", "variant 100 100% 1 100%");
    assertThat(browser.element("results:chart")).isNotNull();
    browser.screenshot("experiment-results");
  }

  @Test
  void selectedRowsGoIntoAGroupAndAMemberWithAGroupKeepsIt() throws Exception {
    String key = "selected-" + run;
    String name = "Selected " + run;
    experiment(key, name, "running", 100, 0);
    long ida = member("Ida Pick " + run, "ida." + run + "@roster.test");
    long jo = member("Jo Pick " + run, "jo." + run + "@roster.test");
    long kai = member("Kai Pick " + run, "kai." + run + "@roster.test");
    HttpResponse<String> lazy =
        send("POST", "api/v1/experiments/" + key + "/assignments", "{\"memberId\": " + kai + "}");
    assertThat(lazy.body()).contains("\"group\":\"control\"");
    signIn(
        System.getProperty("roster.test.admin.email"),
        System.getProperty("roster.test.admin.password"));

    browser.go("console/members/index.xhtml");
    browser.type(TABLE + ":search", run);
    browser.until(() -> browser.rows(TABLE).size() == 3);
    for (int row = 1; row <= 3; row++) {
      browser
          .driver()
          .findElement(
              By.cssSelector("[id='" + TABLE + "'] tbody tr:nth-child(" + row + ") .ui-chkbox-box"))
          .click();
      browser.waitForPage();
    }
    browser.click(TABLE + ":assignExperiment");
    browser.visible("assignExperiment:experimentKey");
    assertThat(browser.text("assignExperiment:intro")).contains("3 selected members");
    browser.choose("assignExperiment:experimentKey", name);
    browser.choose("assignExperiment:group", "variant");
    browser.screenshot("members-assign-experiment");
    browser.click("assignExperiment:apply");
    browser.waitForText("assignExperiment:doneText", "2 members put into");
    assertThat(browser.text("assignExperiment:doneText")).contains(name, "1 kept the group");
    browser.waitForGrowl("1 kept the group");
    browser.click("assignExperiment:close");

    for (long id : List.of(ida, jo)) {
      browser.go("console/members/member.xhtml?id=" + id + "&tab=experiments");
      assertThat(browser.rows("experiments:assignments"))
          .singleElement()
          .satisfies(row -> assertThat(row).contains(name, "variant", "Explicit, by "));
    }
    browser.go("console/members/member.xhtml?id=" + kai + "&tab=experiments");
    assertThat(browser.rows("experiments:assignments"))
        .singleElement()
        .satisfies(row -> assertThat(row).contains(name, "control", "Lazy"));

    browser.go("console/members/member.xhtml?id=" + ida + "&tab=history");
    browser.until(() -> !browser.rows("history:historyTable").isEmpty());
    assertThat(browser.rows("history:historyTable").get(0))
        .contains("Put into an experiment group", "experiment: " + key, "group: — → variant");
    browser.screenshot("member-history-experiment");

    browser.go("console/settings/audit.xhtml");
    browser.choose("audit:action", "Experiment created");
    browser.until(
        () -> browser.rows("audit:table").stream().anyMatch(r -> r.contains("Experiment " + key)));
    assertThat(browser.rows("audit:table"))
        .filteredOn(row -> row.contains("Experiment " + key))
        .singleElement()
        .satisfies(row -> assertThat(row).contains("Experiment created", "status: running"));
    browser.screenshot("audit-log-experiment");
  }

  @Test
  void aTeamRoleWithoutExperimentsManageGetsNoAssignButton() throws Exception {
    String email = "al." + run + "@roster.test";
    String credentials = Api.at(base).memberWithPassword("Al Agent " + run, email, "Agent");
    signIn(email, credentials.substring(credentials.indexOf(':') + 1));

    browser.go("console/members/index.xhtml");
    browser.element(TABLE);

    assertThat(browser.isVisible(TABLE + ":bulkLabel")).isTrue();
    assertThat(browser.driver().findElements(By.id(TABLE + ":assignExperiment"))).isEmpty();
  }

  private void signIn(String email, String password) {
    if (browser == null) {
      browser = Browser.open(base);
    }
    browser.go("signin.xhtml");
    browser.forgetSession();
    browser.go("signin.xhtml");
    browser.type("email", email).type("password", password).clickThrough("submit");
  }

  private static int indexOf(List<String> rows, String text) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).contains(text)) {
        return i;
      }
    }
    throw new AssertionError(text + " not in " + rows);
  }

  private void experiment(String key, String name, String status, int control, int variant)
      throws Exception {
    JsonArray groups =
        Json.createArrayBuilder()
            .add(Json.createObjectBuilder().add("name", "control").add("weight", control))
            .add(Json.createObjectBuilder().add("name", "variant").add("weight", variant))
            .build();
    String body =
        Json.createObjectBuilder()
            .add("key", key)
            .add("name", name)
            .add("status", status)
            .add("groups", groups)
            .build()
            .toString();
    HttpResponse<String> created = send("POST", "api/v1/experiments", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
  }

  private long member(String name, String email) throws Exception {
    String body =
        Json.createObjectBuilder()
            .add("name", name)
            .add("email", email)
            .add("role", "Customer")
            .build()
            .toString();
    HttpResponse<String> created = send("POST", "api/v1/members", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Http.json(created.body()).getJsonNumber("id").longValueExact();
  }

  private HttpResponse<String> send(String method, String path, String json) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder().encodeToString(owner.getBytes(StandardCharsets.UTF_8)))
            .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String randomLetters(int count) {
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < count; i++) {
      letters.append((char) ('a' + RANDOM.nextInt(26)));
    }
    return letters.toString();
  }
}
