package app.roster.it;

import static app.roster.it.Api.OWNER;
import static app.roster.it.Http.browser;
import static app.roster.it.Http.enc;
import static app.roster.it.Http.json;
import static app.roster.it.Http.send;
import static app.roster.it.Mailbox.part;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.roster.it.limits.TightInvitationLimits;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Join requests and the invitation limits end to end: /join when the workspace is private and when
 * it is public, the confirmation mail and its link (a GET only shows the button), the request in
 * the API, approve (an invitation mail) and decline (the reason mailed), a member's email answered
 * alike, the limits per email and per client address, and the 429 with Retry-After for too many
 * invitations and resends. Each test moves the clock to an hour of its own far ahead, so counts of
 * earlier tests and runs never reach into it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JoinRequestsIT {

  private static final Pattern CONFIRM_TOKEN =
      Pattern.compile("/join/confirm\\?token=([A-Za-z0-9_-]+)");
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
  private static final Pattern MAIN = Pattern.compile("<main[^>]*>(.*)</main>", Pattern.DOTALL);
  private static final String SENT = "Check your email";
  private static final String PRIVATE = "This workspace is private";

  private static Mailbox mail;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.withMovableClockAndTightLimits();
  }

  @ArquillianResource URL base;

  private Api api;

  @BeforeAll
  static void startMailServer() {
    mail = Mailbox.start();
  }

  @AfterAll
  static void stopMailServer() {
    Mailbox.stopQuietly(mail);
  }

  @BeforeEach
  void moveToAnHourOfItsOwn() throws Exception {
    api = new Api(base);
    long hours = ThreadLocalRandom.current().nextLong(24L * 365, 24L * 365 * 50);
    api.advanceClock("PT" + hours + "H");
  }

  @AfterEach
  void resetClockAndWorkspace() throws Exception {
    api.resetClock();
    setWorkspace(null, false);
  }

  @Test
  void aPrivateWorkspaceSaysSoAndTakesNoRequest() throws Exception {
    setWorkspace(null, true);
    HttpClient browser = browser();
    HttpResponse<String> open = send(browser, get("join"));
    assertThat(open.body()).contains("name=\"join:email\"");
    setWorkspace(null, false);

    HttpResponse<String> page = send(browser(), get("join"));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(PRIVATE).doesNotContain("join:email");

    String email = uniqueAddress("closed");
    HttpResponse<String> refused = submitJoin(browser, open.body(), "Closed Out", email, null);
    assertThat(refused.body()).contains(PRIVATE).doesNotContain(SENT);
    await()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(5))
        .until(() -> mail.to(email, "").isEmpty());
  }

  @Test
  void aConfirmedRequestIsApprovedAndTheRequesterIsInvited() throws Exception {
    setWorkspace("Acme Club", true);
    String email = uniqueAddress("joiner");

    HttpResponse<String> sent = join("Jo Iner", email, "I run the Tuesday group.");
    assertThat(sent.statusCode()).isEqualTo(200);
    assertThat(sent.body()).contains(SENT).contains("Acme Club");

    MimeMessage confirmation = mail.await(email, "Confirm your request to join Acme Club");
    String token = tokenIn(part(confirmation, "text/plain"));
    assertThat(part(confirmation, "text/html")).doesNotContain("<img");
    assertThat(pendingEmails()).doesNotContain(email);

    HttpClient browser = browser();
    HttpResponse<String> page = send(browser, get("join/confirm?token=" + enc(token)));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(email).contains("confirm:submit");
    assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(send(browser(), get("join/confirm?token=" + enc(token))).statusCode())
        .as("opening the link twice changes nothing")
        .isEqualTo(200);
    assertThat(pendingEmails()).as("a GET confirms nothing").doesNotContain(email);

    HttpResponse<String> confirmed = submitConfirm(browser, page.body());
    assertThat(confirmed.statusCode()).isEqualTo(200);
    assertThat(confirmed.body()).contains("Your request was sent");
    assertThat(send(browser(), get("join/confirm?token=" + enc(token))).statusCode())
        .as("the link works once")
        .isEqualTo(410);

    JsonObject request = requestFor(email);
    assertThat(request.getString("name")).isEqualTo("Jo Iner");
    assertThat(request.getString("message")).isEqualTo("I run the Tuesday group.");
    long id = request.getJsonNumber("id").longValue();

    HttpResponse<String> approved =
        api.call("POST", "api/v1/join-requests/" + id + "/approve", "{\"role\":\"Agent\"}", OWNER);
    assertThat(approved.statusCode()).isEqualTo(201);
    long invitationId = json(approved.body()).getJsonNumber("id").longValue();
    assertThat(approved.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/invitations/" + invitationId));
    MimeMessage invitation = mail.await(email, "invited you to Acme Club");
    assertThat(part(invitation, "text/plain")).contains("as Agent");

    JsonObject after = json(api.call("GET", "api/v1/join-requests/" + id, null, OWNER).body());
    assertThat(after.getString("status")).isEqualTo("approved");
    assertThat(after.getJsonNumber("invitationId").longValue()).isEqualTo(invitationId);
    HttpResponse<String> again =
        api.call("POST", "api/v1/join-requests/" + id + "/approve", "{\"role\":\"Agent\"}", OWNER);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
  }

  @Test
  void aDeclineReasonIsMailedToTheRequester() throws Exception {
    setWorkspace(null, true);
    String email = uniqueAddress("declined");
    long id = confirmedRequest("De Clined", email);

    HttpResponse<String> declined =
        api.call(
            "POST",
            "api/v1/join-requests/" + id + "/decline",
            "{\"reason\":\"We only take members of the club.\"}",
            OWNER);

    assertThat(declined.statusCode()).isEqualTo(200);
    assertThat(json(declined.body()).getString("status")).isEqualTo("declined");
    MimeMessage note = mail.await(email, "Your request to join");
    assertThat(part(note, "text/plain")).contains("We only take members of the club.");
    assertThat(ids("declined")).contains(id);
    assertThat(ids("pending")).doesNotContain(id);
  }

  @Test
  void aMembersEmailGetsTheSamePageAndNoRequest() throws Exception {
    setWorkspace(null, true);
    String memberEmail = System.getProperty("roster.test.admin.email");
    String stranger = uniqueAddress("stranger");

    HttpResponse<String> forMember = join("Some One", memberEmail, null);
    HttpResponse<String> forStranger = join("Some One", stranger, null);

    assertThat(forMember.statusCode()).isEqualTo(forStranger.statusCode()).isEqualTo(200);
    assertThat(mainOf(forMember.body())).isEqualTo(mainOf(forStranger.body())).contains(SENT);
    MimeMessage note = mail.await(memberEmail, "You already have an account");
    assertThat(part(note, "text/plain")).contains("/signin.xhtml").doesNotContain("token=");
    mail.await(stranger, "Confirm your request");
    assertThat(mail.to(memberEmail, "Confirm your request")).isEmpty();
  }

  @Test
  void anExpiredConfirmationLinkIsRefused() throws Exception {
    setWorkspace(null, true);
    String email = uniqueAddress("slow");
    join("Slow Poke", email, null);
    String token = tokenIn(part(mail.await(email, "Confirm your request"), "text/plain"));

    api.advanceClock("PT23H59M");
    assertThat(send(browser(), get("join/confirm?token=" + enc(token))).statusCode())
        .isEqualTo(200);
    api.advanceClock("PT2M");

    HttpResponse<String> late = send(browser(), get("join/confirm?token=" + enc(token)));
    assertThat(late.statusCode()).isEqualTo(410);
    assertThat(late.body()).contains("has expired");
    assertThat(send(browser(), get("join/confirm?token=unknown")).statusCode()).isEqualTo(404);
  }

  @Test
  void oneEmailMayAskFiveTimesAnHour() throws Exception {
    setWorkspace(null, true);
    String email = uniqueAddress("eager");
    for (int i = 0; i < 5; i++) {
      assertThat(join("Eager", email, null).body()).contains(SENT);
    }

    HttpResponse<String> sixth = join("Eager", email, null);

    assertThat(sixth.statusCode()).isEqualTo(429);
    assertThat(sixth.headers().firstValue("Retry-After")).isPresent();
    assertThat(sixth.body()).contains("Too many requests").doesNotContain(SENT);
    assertThat(join("Someone Else", uniqueAddress("other"), null).statusCode()).isEqualTo(200);
    api.advanceClock("PT1H");
    assertThat(join("Eager", email, null).statusCode()).isEqualTo(200);
  }

  @Test
  void oneClientAddressMayAskTwentyTimesAnHour() throws Exception {
    setWorkspace(null, true);
    for (int i = 0; i < 20; i++) {
      assertThat(join("Busy", uniqueAddress("busy" + i), null).statusCode()).isEqualTo(200);
    }

    HttpResponse<String> refused = join("Busy", uniqueAddress("busy"), null);

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.body()).contains("Too many requests");
    api.advanceClock("PT1H");
    assertThat(join("Busy", uniqueAddress("busy"), null).statusCode()).isEqualTo(200);
  }

  @Test
  void tooManyInvitationsInAnHourAre429WithRetryAfter() throws Exception {
    for (int i = 0; i < TightInvitationLimits.INVITES_PER_HOUR; i++) {
      assertThat(invite(uniqueAddress("many")).statusCode()).isEqualTo(201);
    }

    HttpResponse<String> refused = invite(uniqueAddress("many"));

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(3000L, 3600L);
    assertThat(json(refused.body()).getString("detail")).contains("Try again in");
    api.advanceClock("PT1H");
    assertThat(invite(uniqueAddress("many")).statusCode()).isEqualTo(201);
  }

  @Test
  void theFourthResendWithinAnHourIs429WithRetryAfter() throws Exception {
    long id = json(invite(uniqueAddress("resent")).body()).getJsonNumber("id").longValue();
    for (int i = 0; i < 3; i++) {
      api.advanceClock("PT1M");
      assertThat(resend(id).statusCode()).isEqualTo(200);
    }

    HttpResponse<String> refused = resend(id);

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After"))
        .hasValueSatisfying(
            s -> assertThat(Long.parseLong(s)).isBetween(3000L, 3600L - 3 * 60 + 60));
    assertThat(json(refused.body()).getInt("status")).isEqualTo(429);
    api.advanceClock("PT1H");
    assertThat(resend(id).statusCode()).isEqualTo(200);
  }

  @Test
  void anAdminTurnsJoinRequestsOnInTheConsoleAndSeesTheRequests() throws Exception {
    HttpClient admin = Http.signedIn(base, OWNER);
    HttpResponse<String> settings = send(admin, get("console/settings/workspace.xhtml"));
    assertThat(settings.statusCode()).isEqualTo(200);
    assertThat(settings.body()).contains("Allow join requests");

    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("workspace", "workspace");
    fields.put("workspace:name", "");
    fields.put("workspace:allowJoinRequests_input", "on");
    fields.put("workspace:save", "");
    assertThat(post(admin, "workspace", settings.body(), fields).statusCode()).isEqualTo(200);
    assertThat(
            json(api.call("GET", "api/v1/workspace", null, OWNER).body())
                .getBoolean("allowJoinRequests"))
        .isTrue();

    String email = uniqueAddress("console");
    confirmedRequest("Con Sole", email);
    HttpResponse<String> requests = send(admin, get("console/settings/join-requests.xhtml"));
    assertThat(requests.statusCode()).isEqualTo(200);
    assertThat(requests.body()).contains(email).contains("Con Sole");
  }

  // --- helpers ---

  private long confirmedRequest(String name, String email) throws Exception {
    join(name, email, null);
    String token = tokenIn(part(mail.await(email, "Confirm your request"), "text/plain"));
    HttpClient browser = browser();
    HttpResponse<String> page = send(browser, get("join/confirm?token=" + enc(token)));
    assertThat(submitConfirm(browser, page.body()).statusCode()).isEqualTo(200);
    return requestFor(email).getJsonNumber("id").longValue();
  }

  private HttpResponse<String> join(String name, String email, String message) throws Exception {
    HttpClient browser = browser();
    HttpResponse<String> page = send(browser, get("join"));
    assertThat(page.statusCode()).isEqualTo(200);
    return submitJoin(browser, page.body(), name, email, message);
  }

  private HttpResponse<String> submitJoin(
      HttpClient browser, String page, String name, String email, String message) throws Exception {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("join", "join");
    fields.put("join:name", name);
    fields.put("join:email", email);
    fields.put("join:message", message == null ? "" : message);
    fields.put("join:submit", "");
    return post(browser, "join", page, fields);
  }

  private HttpResponse<String> submitConfirm(HttpClient browser, String page) throws Exception {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("confirm", "confirm");
    Matcher token = Pattern.compile("name=\"confirm:token\" value=\"([^\"]*)\"").matcher(page);
    assertThat(token.find()).as("the confirm page keeps the token").isTrue();
    fields.put("confirm:token", token.group(1));
    fields.put("confirm:submit", "");
    return post(browser, "confirm", page, fields);
  }

  private HttpResponse<String> post(
      HttpClient browser, String formId, String page, Map<String, String> fields) throws Exception {
    Matcher state = VIEW_STATE.matcher(page);
    Matcher action =
        Pattern.compile("<form id=\"" + formId + "\"[^>]*action=\"([^\"]*)\"").matcher(page);
    assertThat(state.find()).as("the page has a view state").isTrue();
    assertThat(action.find()).as("the page has its form").isTrue();
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("jakarta.faces.ViewState", state.group(1));
    String form =
        all.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    URI target = URI.create(base.toString()).resolve(action.group(1).replace("&amp;", "&"));
    return send(
        browser,
        HttpRequest.newBuilder(target)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
  }

  private void setWorkspace(String name, boolean allow) throws Exception {
    String body =
        "{\"name\":"
            + (name == null ? "null" : "\"" + name + "\"")
            + ",\"allowJoinRequests\":"
            + allow
            + "}";
    HttpResponse<String> changed = api.call("PUT", "api/v1/workspace", body, OWNER, "*");
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
  }

  private JsonObject requestFor(String email) throws Exception {
    JsonObject page =
        json(api.call("GET", "api/v1/join-requests?status=pending&size=200", null, OWNER).body());
    return page.getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> r.getString("email").equals(email))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no pending request for " + email));
  }

  private List<String> pendingEmails() throws Exception {
    JsonObject page =
        json(api.call("GET", "api/v1/join-requests?status=pending&size=200", null, OWNER).body());
    return page.getJsonArray("items").stream()
        .map(r -> r.asJsonObject().getString("email"))
        .toList();
  }

  private List<Long> ids(String status) throws Exception {
    JsonObject page =
        json(api.call("GET", "api/v1/join-requests?size=200&status=" + status, null, OWNER).body());
    return page.getJsonArray("items").stream()
        .map(r -> r.asJsonObject().getJsonNumber("id").longValue())
        .toList();
  }

  private HttpResponse<String> invite(String email) throws Exception {
    return api.call(
        "POST", "api/v1/invitations", "{\"email\":\"" + email + "\",\"role\":\"Customer\"}", OWNER);
  }

  private HttpResponse<String> resend(long id) throws Exception {
    return api.call("POST", "api/v1/invitations/" + id + "/resend", "", OWNER);
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).build();
  }

  private static String tokenIn(String text) {
    Matcher token = CONFIRM_TOKEN.matcher(text);
    assertThat(token.find()).as("the mail holds a confirmation link").isTrue();
    return token.group(1);
  }

  private static String mainOf(String page) {
    Matcher main = MAIN.matcher(page);
    assertThat(main.find()).isTrue();
    return main.group(1);
  }

  private static String uniqueAddress(String who) {
    return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@join.test";
  }
}
