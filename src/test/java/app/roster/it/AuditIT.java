package app.roster.it;

import static app.roster.it.Api.OWNER;
import static app.roster.it.Http.enc;
import static app.roster.it.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The audit trail as an admin and an auditor meet it through the API: adding and editing members
 * and expiring invitations leave entries with the actor, source, client address and the changed
 * fields; a member's history and the filtered log show them; only audit.view may read them and
 * nobody may change or delete them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditIT {

  private static final String OWNER_EMAIL = System.getProperty("roster.test.admin.email");
  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.withMovableClock();
  }

  @ArquillianResource URL base;

  private Api api;

  @BeforeEach
  void connect() {
    api = new Api(base);
  }

  @AfterEach
  void resetClock() throws Exception {
    api.resetClock();
  }

  @Test
  void addingAndEditingAMemberIsInTheirHistoryWithActorSourceAddressAndChanges() throws Exception {
    String email = "audited." + RUN + "@roster.test";
    HttpResponse<String> added =
        api.call(
            "POST",
            "api/v1/members",
            "{\"name\":\"Aud Ited\",\"email\":\"" + email + "\",\"role\":\"Customer\"}",
            OWNER,
            null);
    assertThat(added.statusCode()).isEqualTo(201);
    long id = json(added.body()).getJsonNumber("id").longValue();
    String etag = added.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> edited =
        api.call(
            "PATCH",
            "api/v1/members/" + id,
            "{\"name\":\"Aud Ited Jr\",\"externalId\":\"aud-" + RUN + "\",\"role\":\"Customer\"}",
            OWNER,
            etag);
    assertThat(edited.statusCode()).isEqualTo(200);

    JsonObject history =
        json(api.call("GET", "api/v1/members/" + id + "/history", null, OWNER, null).body());
    assertThat(history.getInt("total")).isEqualTo(2);
    JsonObject edit = history.getJsonArray("items").getJsonObject(0);
    JsonObject creation = history.getJsonArray("items").getJsonObject(1);
    long ownerId = ownerId();

    assertThat(edit.getString("action")).isEqualTo("member.edited");
    assertThat(edit.getString("source")).isEqualTo("api");
    assertThat(edit.getString("clientAddress")).isEqualTo("127.0.0.1");
    assertThat(edit.getJsonObject("actor").getJsonNumber("id").longValue()).isEqualTo(ownerId);
    assertThat(edit.getJsonObject("actor").getString("label")).contains(OWNER_EMAIL);
    assertThat(edit.getJsonObject("target").getString("type")).isEqualTo("member");
    assertThat(edit.getJsonObject("target").getJsonNumber("id").longValue()).isEqualTo(id);
    assertThat(edit.getJsonNumber("memberId").longValue()).isEqualTo(id);
    JsonObject changes = edit.getJsonObject("details").getJsonObject("changes");
    assertThat(changes.keySet()).containsExactlyInAnyOrder("name", "externalId");
    assertThat(changes.getJsonObject("name").getString("before")).isEqualTo("Aud Ited");
    assertThat(changes.getJsonObject("name").getString("after")).isEqualTo("Aud Ited Jr");
    assertThat(changes.getJsonObject("externalId").get("before")).isEqualTo(JsonValue.NULL);
    assertThat(changes.getJsonObject("externalId").getString("after")).isEqualTo("aud-" + RUN);

    assertThat(creation.getString("action")).isEqualTo("member.created");
    assertThat(creation.getJsonObject("details").getJsonObject("member").getString("email"))
        .isEqualTo(email);
    assertThat(creation.toString()).doesNotContain("password");

    String today = LocalDate.now(ZoneOffset.UTC).toString();
    List<Long> mine =
        ids(
            "api/v1/audit?size=200&action=member.edited&actor="
                + ownerId
                + "&from="
                + today
                + "&to="
                + today);
    assertThat(mine).contains(edit.getJsonNumber("id").longValue());
    assertThat(ids("api/v1/audit?size=200&action=member.created&actor=" + ownerId))
        .contains(creation.getJsonNumber("id").longValue())
        .doesNotContain(edit.getJsonNumber("id").longValue());
    assertThat(ids("api/v1/audit?action=member.edited&to=2000-01-01")).isEmpty();
  }

  @Test
  void aRoleChangeIsRecordedAsSuch() throws Exception {
    HttpResponse<String> added =
        api.call(
            "POST",
            "api/v1/members",
            "{\"name\":\"Role Change\",\"email\":\"role."
                + RUN
                + "@roster.test\",\"role\":\"Customer\"}",
            OWNER,
            null);
    long id = json(added.body()).getJsonNumber("id").longValue();

    api.call(
        "PATCH",
        "api/v1/members/" + id,
        "{\"role\":\"Agent\"}",
        OWNER,
        added.headers().firstValue("ETag").orElseThrow());

    JsonObject latest =
        json(api.call("GET", "api/v1/members/" + id + "/history?size=1", null, OWNER, null).body())
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(latest.getString("action")).isEqualTo("member.roleChanged");
    JsonObject role =
        latest.getJsonObject("details").getJsonObject("changes").getJsonObject("role");
    assertThat(role.getString("before")).isEqualTo("Customer");
    assertThat(role.getString("after")).isEqualTo("Agent");
  }

  @Test
  void theTimerRecordsAnExpiredInvitationExactlyOnceAndTellsTheInviter() throws Exception {
    String email = "expiring-" + RUN + "@invited.test";
    HttpResponse<String> invited =
        api.call(
            "POST",
            "api/v1/invitations",
            "{\"email\":\"" + email + "\",\"role\":\"Customer\"}",
            OWNER,
            null);
    assertThat(invited.statusCode()).isEqualTo(201);
    long id = json(invited.body()).getJsonNumber("id").longValue();
    assertThat(entriesAbout("invitation.sent", id)).hasSize(1);

    assertThat(api.call("POST", "api/test/clock/advance?by=P8D", null, OWNER, null).statusCode())
        .isEqualTo(200);

    // Every class's pending invitations fall due together when the clock jumps: the sweep may
    // have thousands ahead of this one.
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofSeconds(2))
        .until(() -> !entriesAbout("invitation.expired", id).isEmpty());
    await()
        .during(Duration.ofSeconds(21))
        .atMost(Duration.ofSeconds(30))
        .until(() -> entriesAbout("invitation.expired", id).size() == 1);
    JsonObject expiry = entriesAbout("invitation.expired", id).get(0);
    assertThat(expiry.getString("source")).isEqualTo("system");
    assertThat(expiry.getJsonObject("actor").isNull("id")).isTrue();
    assertThat(expiry.getJsonObject("actor").getString("label")).isEqualTo("system");

    JsonObject outbox =
        json(
            api.call("GET", "api/v1/outbox?size=200&to=" + enc(OWNER_EMAIL), null, OWNER, null)
                .body());
    assertThat(outbox.getJsonArray("items").stream().map(JsonValue::toString))
        .anyMatch(m -> m.contains("Your invitation of " + email));
  }

  @Test
  void anAgentMayNotReadTheAuditLog() throws Exception {
    String email = "agent.audit." + RUN + "@roster.test";
    api.call(
        "POST",
        "api/v1/members",
        "{\"name\":\"Agent Audit\",\"email\":\"" + email + "\",\"role\":\"Agent\"}",
        OWNER,
        null);
    String password = "agent-password-" + RUN;
    TestDatabase.givePassword(email, password);

    assertThat(api.call("GET", "api/v1/audit", null, email + ":" + password, null).statusCode())
        .isEqualTo(403);
    assertThat(
            api.call(
                    "GET",
                    "api/v1/members/" + ownerId() + "/history",
                    null,
                    email + ":" + password,
                    null)
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void entriesCannotBeChangedOrDeleted() throws Exception {
    JsonObject any = json(api.call("GET", "api/v1/audit?size=1", null, OWNER, null).body());
    long id =
        any.getJsonArray("items").isEmpty()
            ? 1
            : any.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();

    assertThat(api.call("PUT", "api/v1/audit/" + id, "{}", OWNER, null).statusCode())
        .isEqualTo(405);
    assertThat(api.call("DELETE", "api/v1/audit/" + id, null, OWNER, null).statusCode())
        .isEqualTo(405);
    assertThat(api.call("DELETE", "api/v1/audit", null, OWNER, null).statusCode()).isEqualTo(405);
    assertThat(
            api.call("DELETE", "api/v1/members/" + ownerId() + "/history", null, OWNER, null)
                .statusCode())
        .isEqualTo(405);
  }

  @Test
  void badFiltersAreNamedInOneProblem() throws Exception {
    HttpResponse<String> refused =
        api.call(
            "GET", "api/v1/audit?from=yesterday&action=member.exploded&actor=x", null, OWNER, null);

    assertThat(refused.statusCode()).isEqualTo(400);
    List<String> fields = new ArrayList<>();
    for (JsonValue error : json(refused.body()).getJsonArray("errors")) {
      fields.add(error.asJsonObject().getString("field"));
    }
    assertThat(fields).containsExactlyInAnyOrder("from", "action", "actor");
  }

  @Test
  void theAuditLogPageShowsTheLogToOwnersAndRefusesAgents() throws Exception {
    String email = "agent.page." + RUN + "@roster.test";
    api.call(
        "POST",
        "api/v1/members",
        "{\"name\":\"Agent Page\",\"email\":\"" + email + "\",\"role\":\"Agent\"}",
        OWNER,
        null);
    String password = "agent-password-" + RUN;
    TestDatabase.givePassword(email, password);

    HttpClient owner = Http.signedIn(base, OWNER);
    HttpResponse<String> page = page(owner, "console/settings/audit.xhtml");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Audit log")
        .contains("Client address")
        .contains("console/settings/audit.xhtml")
        .contains("Member added");

    HttpClient agent = Http.signedIn(base, email + ":" + password);
    assertThat(page(agent, "console/settings/audit.xhtml").statusCode()).isEqualTo(403);
    assertThat(page(agent, "console/members/index.xhtml").body())
        .doesNotContain("console/settings/audit.xhtml");
  }

  @Test
  void theConsoleFiltersTheLogByActorAndAction() throws Exception {
    String email = "console.filter." + RUN + "@roster.test";
    api.call(
        "POST",
        "api/v1/members",
        "{\"name\":\"Filter Me\",\"email\":\"" + email + "\",\"role\":\"Customer\"}",
        OWNER,
        null);

    try (Browser browser = Browser.open(base)) {
      browser.go("signin.xhtml");
      browser
          .type("email", OWNER_EMAIL)
          .type("password", System.getProperty("roster.test.admin.password"))
          .clickThrough("submit");
      browser.go("console/settings/audit.xhtml");

      browser.type("audit:actor_input", OWNER_EMAIL);
      By suggestion = By.cssSelector("[id='audit:actor_panel'] li.ui-autocomplete-item");
      browser.until(() -> !browser.driver().findElements(suggestion).isEmpty());
      browser.driver().findElements(suggestion).get(0).click();
      browser.waitForPage();
      browser.choose("audit:action", "Member added");
      // Other classes move their server's clock ahead and leave later entries behind; up to
      // today, this test's entry is among the newest.
      browser.type("audit:to_input", java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
      browser.element("audit:to_input").sendKeys(org.openqa.selenium.Keys.TAB);
      browser.waitForPage();

      browser.until(() -> browser.rows("audit:table").stream().anyMatch(r -> r.contains(email)));
      assertThat(browser.rows("audit:table"))
          .allSatisfy(row -> assertThat(row).contains("Member added").contains(OWNER_EMAIL));
      browser.screenshot("audit-log-filtered");
    }
  }

  // --- helpers ---

  private HttpResponse<String> page(HttpClient browser, String path) throws Exception {
    return browser.send(
        HttpRequest.newBuilder(URI.create(base + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private long ownerId() throws Exception {
    return json(api.call("GET", "api/v1/members?q=" + enc(OWNER_EMAIL), null, OWNER, null).body())
        .getJsonArray("items")
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValue();
  }

  private List<JsonObject> entriesAbout(String action, long invitationId) throws Exception {
    JsonObject page =
        json(api.call("GET", "api/v1/audit?size=200&action=" + action, null, OWNER, null).body());
    List<JsonObject> found = new ArrayList<>();
    for (JsonValue item : page.getJsonArray("items")) {
      JsonObject entry = item.asJsonObject();
      JsonObject target = entry.getJsonObject("target");
      if (target.getString("type").equals("invitation")
          && target.getJsonNumber("id").longValue() == invitationId) {
        found.add(entry);
      }
    }
    return found;
  }

  private List<Long> ids(String path) throws Exception {
    HttpResponse<String> response = api.call("GET", path, null, OWNER, null);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<Long> ids = new ArrayList<>();
    for (JsonValue item : json(response.body()).getJsonArray("items")) {
      ids.add(item.asJsonObject().getJsonNumber("id").longValue());
    }
    return ids;
  }
}
