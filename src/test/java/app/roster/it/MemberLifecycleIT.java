package app.roster.it;

import static app.roster.it.Http.enc;
import static app.roster.it.Http.json;
import static app.roster.it.Http.quietly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Archiving, test members, the billing count, and export and erasure, as an API client sees them.
 * The server's clock can be moved (test member expiry); GreenMail stands in for the SMTP server, so
 * that a test member's mail is seen to stay captured while other mail goes out. Every address
 * carries this run's random letters, because the test database outlives a run.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MemberLifecycleIT {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String RUN = randomLetters(8);
  private static final String MEMBERS = "api/v1/members";
  private static final String OWNER =
      System.getProperty("roster.test.admin.email")
          + ":"
          + System.getProperty("roster.test.admin.password");
  private static final ServerSetup SMTP =
      new ServerSetup(Integer.getInteger("roster.test.smtp.port", 3025), "127.0.0.1", "smtp");

  private static GreenMail mail;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.withMovableClock();
  }

  @ArquillianResource URL base;

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  static void startMailServer() {
    mail = new GreenMail(SMTP);
    mail.start();
  }

  @AfterAll
  static void stopMailServer() {
    if (mail != null) {
      mail.stop();
    }
  }

  // Archiving

  @Test
  void anArchivedMemberIsRefusedAtSignInHiddenFromTheDefaultListAndBackWhenUnarchived()
      throws Exception {
    String email = "arch.agent." + RUN + "@example.com";
    long id = add("Archie Agent", email, "Agent", false);
    String password = "agent-" + RUN;
    TestDatabase.givePassword(email, password);
    String agent = email + ":" + password;
    assertThat(api("GET", MEMBERS + "?size=1", null, agent).statusCode()).isEqualTo(200);

    HttpResponse<String> archived = api("POST", MEMBERS + "/" + id + "/archive", "", OWNER);

    assertThat(archived.statusCode()).isEqualTo(200);
    assertThat(json(archived.body()).getString("status")).isEqualTo("archived");
    assertThat(api("GET", MEMBERS + "?size=1", null, agent).statusCode()).isEqualTo(401);
    assertThat(listedEmails("q=" + enc(email))).isEmpty();
    assertThat(listedEmails("status=archived&q=" + enc(email))).containsExactly(email);
    assertThat(api("POST", MEMBERS + "/" + id + "/archive", "", OWNER).statusCode())
        .as("archiving again changes nothing")
        .isEqualTo(200);

    HttpResponse<String> back = api("POST", MEMBERS + "/" + id + "/unarchive", "", OWNER);

    assertThat(back.statusCode()).isEqualTo(200);
    assertThat(json(back.body()).getString("status")).isEqualTo("active");
    assertThat(api("GET", MEMBERS + "?size=1", null, agent).statusCode()).isEqualTo(200);
    assertThat(listedEmails("q=" + enc(email))).containsExactly(email);
    assertThat(historyActions(id)).contains("member.archived", "member.unarchived");
  }

  @Test
  void archivingRevokesAPendingInvitation() throws Exception {
    String email = "arch.invited." + RUN + "@example.com";
    long id = add("Ivy Invited", email, "Customer", false);
    HttpResponse<String> invited =
        api(
            "POST",
            "api/v1/invitations",
            "{\"email\":\"" + email + "\",\"role\":\"Customer\"}",
            OWNER);
    assertThat(invited.statusCode()).isEqualTo(201);
    long invitation = json(invited.body()).getJsonNumber("id").longValue();

    api("POST", MEMBERS + "/" + id + "/archive", "", OWNER);

    JsonObject after = json(api("GET", "api/v1/invitations/" + invitation, null, OWNER).body());
    assertThat(after.getString("status")).isEqualTo("revoked");
    assertThat(historyActions(id)).contains("invitation.revoked", "member.archived");
  }

  @Test
  void nobodyArchivesThemselvesAndAnAgentArchivesNobody() throws Exception {
    long self =
        json(api("GET", MEMBERS + "?q=" + enc(ownerEmail()), null, OWNER).body())
            .getJsonArray("items")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    HttpResponse<String> refused = api("POST", MEMBERS + "/" + self + "/archive", "", OWNER);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("yourself");

    String email = "arch.noright." + RUN + "@example.com";
    add("Agnes Agent", email, "Agent", false);
    TestDatabase.givePassword(email, "agent-" + RUN);
    long target = add("Tom Target", "arch.target." + RUN + "@example.com", "Customer", false);
    assertThat(
            api("POST", MEMBERS + "/" + target + "/archive", "", email + ":agent-" + RUN)
                .statusCode())
        .isEqualTo(403);
    assertThat(api("GET", MEMBERS + "?status=gone", null, OWNER).statusCode()).isEqualTo(400);
  }

  // Test members and billing

  @Test
  void aTestMemberNeverSignsInIsListedUnderTestAndIsNotBilled() throws Exception {
    JsonObject before = usage();
    String email = "tess." + RUN + "@example.test";

    long id = add("Tess Tester", email, "Agent", true);

    JsonObject member = json(api("GET", MEMBERS + "/" + id, null, OWNER).body());
    assertThat(member.getString("kind")).isEqualTo("test");
    TestDatabase.givePassword(email, "tester-" + RUN);
    assertThat(api("GET", MEMBERS + "?size=1", null, email + ":tester-" + RUN).statusCode())
        .isEqualTo(401);
    assertThat(listedEmails("q=" + enc(email))).isEmpty();
    assertThat(listedEmails("status=test&q=" + enc(email))).containsExactly(email);

    String regular = "billable." + RUN + "@example.com";
    long billable = add("Bill Able", regular, "Customer", false);
    JsonObject after = usage();
    assertThat(count(after, "billable") - count(before, "billable")).isEqualTo(1);
    assertThat(excluded(after, "test") - excluded(before, "test")).isEqualTo(1);

    api("POST", MEMBERS + "/" + billable + "/archive", "", OWNER);
    JsonObject archived = usage();
    assertThat(count(archived, "billable")).isEqualTo(count(after, "billable") - 1);
    assertThat(excluded(archived, "archived")).isEqualTo(excluded(after, "archived") + 1);
    assertThat(
            count(archived, "billable")
                + excluded(archived, "archived")
                + excluded(archived, "anonymous")
                + excluded(archived, "test"))
        .isEqualTo(count(archived, "total"));
  }

  @Test
  void billingUsageNeedsBillingView() throws Exception {
    String email = "arch.admin." + RUN + "@example.com";
    add("Ada Admin", email, "Admin", false);
    TestDatabase.givePassword(email, "admin-" + RUN);

    assertThat(api("GET", "api/v1/billing/usage", null, email + ":admin-" + RUN).statusCode())
        .isEqualTo(403);
    assertThat(api("GET", "api/v1/billing/usage", null, OWNER).statusCode()).isEqualTo(200);
  }

  @Test
  void mailToATestMemberIsCapturedWhileOtherMailIsSent() throws Exception {
    String tester = "mail.tester." + RUN + "@example.test";
    add("Mail Tester", tester, "Customer", true);
    String person = "mail.person." + RUN + "@example.com";

    long captured = sendTestMail(tester);
    long sent = sendTestMail(person);

    await().atMost(Duration.ofSeconds(30)).until(() -> outboxStatus(sent).equals("SENT"));
    await().atMost(Duration.ofSeconds(30)).until(() -> outboxStatus(captured).equals("CAPTURED"));
    assertThat(received(person)).isEqualTo(1);
    assertThat(received(tester)).isZero();
  }

  @Test
  void aTestMemberIsDeletedByTheTimerAfterItsExpiry() throws Exception {
    Instant now = serverNow();
    String email = "expiring." + RUN + "@example.test";
    long id = add("Exp Iring", email, "Customer", true, now.plus(Duration.ofDays(1)));
    long keeper = add("Kee Per", "keeper." + RUN + "@example.test", "Customer", true);

    advanceClock("P2D");

    await()
        .atMost(Duration.ofSeconds(45))
        .until(
            () -> quietly(() -> api("GET", MEMBERS + "/" + id, null, OWNER).statusCode()) == 404);
    assertThat(api("GET", MEMBERS + "/" + keeper, null, OWNER).statusCode()).isEqualTo(200);
    assertThat(historyActions(id)).contains("testMember.expired");
  }

  @Test
  void generatingTestMembersRunsInBatchesWithProgress() throws Exception {
    HttpResponse<String> started =
        api("POST", "api/v1/test-members/runs", "{\"count\":1203,\"role\":\"Customer\"}", OWNER);
    assertThat(started.statusCode()).isEqualTo(202);
    String location = started.headers().firstValue("Location").orElseThrow();
    long run = json(started.body()).getJsonNumber("id").longValue();

    await()
        .atMost(Duration.ofSeconds(120))
        .until(
            () ->
                json(quietly(() -> api("GET", relative(location), null, OWNER)).body())
                        .getInt("created")
                    == 1203);

    JsonObject page =
        json(api("GET", MEMBERS + "?status=test&q=" + enc("r" + run + "n"), null, OWNER).body());
    assertThat(page.getInt("total")).isEqualTo(1203);
    JsonObject one = page.getJsonArray("items").getJsonObject(0);
    assertThat(one.getString("email")).endsWith("@example.test");
    assertThat(one.getString("name")).contains(" ");
    assertThat(
            api(
                    "POST",
                    "api/v1/test-members/runs",
                    "{\"count\":100001,\"role\":\"Customer\"}",
                    OWNER)
                .statusCode())
        .isEqualTo(400);
  }

  /**
   * A load-sized run, only when asked for with -Droster.test.generate.large=100000: prints how long
   * it took, and checks that every member was made.
   */
  @Test
  void aLargeRunCompletes() throws Exception {
    int count = Integer.getInteger("roster.test.generate.large", 0);
    Assumptions.assumeTrue(count > 0, "set roster.test.generate.large to run");
    long started = System.nanoTime();
    HttpResponse<String> run =
        api(
            "POST",
            "api/v1/test-members/runs",
            "{\"count\":" + count + ",\"role\":\"Customer\"}",
            OWNER);
    assertThat(run.statusCode()).isEqualTo(202);
    String location = relative(run.headers().firstValue("Location").orElseThrow());

    await()
        .atMost(Duration.ofMinutes(30))
        .pollInterval(Duration.ofSeconds(5))
        .until(
            () ->
                json(quietly(() -> api("GET", location, null, OWNER)).body()).getInt("created")
                    == count);

    Duration took = Duration.ofNanos(System.nanoTime() - started);
    System.out.printf(
        "Generated %d test members in %d s (%.0f per second)%n",
        count, took.toSeconds(), count / (took.toMillis() / 1000.0));
  }

  // Export and erasure

  @Test
  void anOwnerExportsAndErasesAMembersData() throws Exception {
    String email = "erase.me." + RUN + "@example.com";
    long id = add("Eraser Person", email, "Customer", false);
    JsonObject current = json(api("GET", MEMBERS + "/" + id, null, OWNER).body());
    HttpResponse<String> edited =
        api(
            "PATCH",
            MEMBERS + "/" + id,
            "{\"name\":\"Eraser Renamed\"}",
            OWNER,
            "If-Match",
            "\"" + current.getJsonNumber("version") + "\"");
    assertThat(edited.statusCode()).isEqualTo(200);

    HttpResponse<String> export = api("GET", MEMBERS + "/" + id + "/export", null, OWNER);

    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(v -> assertThat(v).contains("member-" + id + ".json"));
    JsonObject sections = json(export.body()).getJsonObject("sections");
    assertThat(sections.getJsonObject("profile").getString("email")).isEqualTo(email);
    assertThat(sections.getJsonArray("history").toString())
        .contains("member.created", "member.edited", "Eraser Renamed");

    HttpResponse<String> erased = api("POST", MEMBERS + "/" + id + "/erase", "", OWNER);

    assertThat(erased.statusCode()).isEqualTo(200);
    JsonObject after = json(erased.body());
    assertThat(after.getString("name")).doesNotContain("Eraser");
    assertThat(after.getString("email")).endsWith("@erased.invalid");
    assertThat(after.getString("status")).isEqualTo("archived");
    assertThat(listedEmails("status=archived&q=" + enc(email))).isEmpty();
    String history = api("GET", MEMBERS + "/" + id + "/history?size=200", null, OWNER).body();
    assertThat(history).contains("member.erased", "member.created").doesNotContain("Eraser", email);
  }

  @Test
  void onlyOwnersExportOrErase() throws Exception {
    String email = "erase.admin." + RUN + "@example.com";
    add("Adam Admin", email, "Admin", false);
    TestDatabase.givePassword(email, "admin-" + RUN);
    long target = add("Tara Target", "erase.target." + RUN + "@example.com", "Customer", false);
    String admin = email + ":admin-" + RUN;

    assertThat(api("GET", MEMBERS + "/" + target + "/export", null, admin).statusCode())
        .isEqualTo(403);
    assertThat(api("POST", MEMBERS + "/" + target + "/erase", "", admin).statusCode())
        .isEqualTo(403);
    assertThat(json(api("GET", MEMBERS + "/" + target, null, OWNER).body()).getString("name"))
        .isEqualTo("Tara Target");
  }

  // Helpers

  private long add(String name, String email, String role, boolean test) throws Exception {
    return add(name, email, role, test, null);
  }

  private long add(String name, String email, String role, boolean test, Instant expiresAt)
      throws Exception {
    String body =
        "{\"name\":\""
            + name
            + "\",\"email\":\""
            + email
            + "\",\"role\":\""
            + role
            + "\""
            + (test ? ",\"test\":true" : "")
            + (expiresAt == null ? "" : ",\"expiresAt\":\"" + expiresAt + "\"")
            + "}";
    HttpResponse<String> added = api("POST", MEMBERS, body, OWNER);
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    return json(added.body()).getJsonNumber("id").longValue();
  }

  private List<String> listedEmails(String query) throws Exception {
    HttpResponse<String> page = api("GET", MEMBERS + "?" + query, null, OWNER);
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    return json(page.body()).getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .map(m -> m.getString("email"))
        .toList();
  }

  private List<String> historyActions(long id) throws Exception {
    return json(api("GET", MEMBERS + "/" + id + "/history?size=200", null, OWNER).body())
        .getJsonArray("items")
        .stream()
        .map(JsonValue::asJsonObject)
        .map(e -> e.getString("action"))
        .toList();
  }

  private JsonObject usage() throws Exception {
    HttpResponse<String> usage = api("GET", "api/v1/billing/usage", null, OWNER);
    assertThat(usage.statusCode()).isEqualTo(200);
    return json(usage.body());
  }

  private static long count(JsonObject usage, String field) {
    return usage.getJsonNumber(field).longValue();
  }

  private static long excluded(JsonObject usage, String reason) {
    return usage.getJsonObject("excluded").getJsonNumber(reason).longValue();
  }

  private long sendTestMail(String to) throws Exception {
    HttpResponse<String> queued =
        api("POST", "api/v1/outbox/test", "{\"to\":\"" + to + "\"}", OWNER);
    assertThat(queued.statusCode()).isEqualTo(202);
    return json(queued.body()).getJsonNumber("id").longValue();
  }

  private String outboxStatus(long id) {
    return json(quietly(() -> api("GET", "api/v1/outbox/" + id, null, OWNER)).body())
        .getString("status");
  }

  private static long received(String to) {
    return Arrays.stream(mail.getReceivedMessages())
        .filter(
            m ->
                quietly(
                    () ->
                        Arrays.stream(m.getAllRecipients())
                            .anyMatch(a -> a.toString().equalsIgnoreCase(to))))
        .count();
  }

  /** The server's time: this machine's clock plus however far the tests moved the server's. */
  private Instant serverNow() throws Exception {
    HttpResponse<String> offset = api("POST", "api/test/clock/advance?by=PT0S", null, OWNER);
    assertThat(offset.statusCode()).isEqualTo(200);
    return Instant.now().plus(Duration.parse(offset.body().strip()));
  }

  private void advanceClock(String by) throws Exception {
    assertThat(api("POST", "api/test/clock/advance?by=" + by, null, OWNER).statusCode())
        .isEqualTo(200);
  }

  private String relative(String location) {
    return location.substring(location.indexOf("api/v1/"));
  }

  private static String ownerEmail() {
    return System.getProperty("roster.test.admin.email");
  }

  private HttpResponse<String> api(String method, String path, String body, String basic)
      throws Exception {
    return api(method, path, body, basic, null, null);
  }

  private HttpResponse<String> api(
      String method, String path, String body, String basic, String header, String value)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)))
            .header("Accept", "application/json");
    if (header != null) {
      request.header(header, value);
    }
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String randomLetters(int length) {
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < length; i++) {
      letters.append((char) ('a' + RANDOM.nextInt(26)));
    }
    return letters.toString().toLowerCase(Locale.ROOT);
  }
}
