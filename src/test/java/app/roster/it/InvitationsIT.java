package app.roster.it;

import static app.roster.it.Api.OWNER;
import static app.roster.it.Http.browser;
import static app.roster.it.Http.enc;
import static app.roster.it.Http.json;
import static app.roster.it.Http.quietly;
import static app.roster.it.Http.send;
import static app.roster.it.Mailbox.DELIVERY;
import static app.roster.it.Mailbox.part;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
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
 * Invitations end to end, as an admin and an invitee meet them: the invitation mail arrives through
 * SMTP (GreenMail), its link opens the accept page, the form makes a member who can sign in;
 * expired, revoked, used, replaced and unknown links are refused with the right status; the timer
 * marks overdue invitations expired (the test deployment's clock is moved, never slept on).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvitationsIT {

  private static final Pattern TOKEN =
      Pattern.compile("/invitations/accept\\?token=([A-Za-z0-9_-]+)");
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
  private static final Pattern FORM_ACTION =
      Pattern.compile("<form id=\"accept\"[^>]*action=\"([^\"]*)\"");
  private static final String PASSWORD = "a-good-long-password";

  private static Mailbox mail;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.withMovableClock();
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
  void connect() {
    api = new Api(base);
  }

  @AfterEach
  void resetClock() throws Exception {
    api.resetClock();
  }

  @Test
  void anInviteeAcceptsTheMailedLinkAndSignsIn() throws Exception {
    String email = uniqueAddress("agent");

    HttpResponse<String> invited = invite(email, "Agent");

    assertThat(invited.statusCode()).isEqualTo(201);
    JsonObject invitation = json(invited.body());
    long id = invitation.getJsonNumber("id").longValue();
    assertThat(invited.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/invitations/" + id));
    assertThat(invitation.getString("status")).isEqualTo("pending");
    assertThat(invitation.getString("role")).isEqualTo("Agent");
    assertThat(invitation.getString("expiresAt")).endsWith("Z");

    MimeMessage message = mail.await(email, "invited you to");
    assertThat(message.getContentType()).startsWith("multipart/alternative");
    assertThat(part(message, "text/plain"))
        .contains("as Agent")
        .contains("/invitations/accept?token=");
    assertThat(part(message, "text/html")).contains("<a href=\"").doesNotContain("<img");
    String token = tokenIn(part(message, "text/plain"));

    HttpClient browser = browser();
    HttpResponse<String> page = open(browser, token);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Agent").contains(email);
    assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");

    HttpResponse<String> accepted = submit(browser, page.body(), token, "Ana Invitee", PASSWORD);
    assertThat(accepted.statusCode()).isEqualTo(302);
    assertThat(accepted.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/console/members/index.xhtml"));

    assertThat(
            api.call("GET", "api/v1/members?q=" + enc(email), null, email + ":" + PASSWORD)
                .statusCode())
        .isEqualTo(200);
    assertThat(
            api.call(
                    "POST",
                    "api/v1/invitations",
                    "{\"email\":\"" + uniqueAddress("x") + "\",\"role\":\"Agent\"}",
                    email + ":" + PASSWORD)
                .statusCode())
        .as("an Agent may not invite")
        .isEqualTo(403);
    JsonObject after = json(api.call("GET", "api/v1/invitations/" + id, null, OWNER).body());
    assertThat(after.getString("status")).isEqualTo("accepted");
    assertThat(after.getJsonNumber("memberId")).isNotNull();
  }

  @Test
  void aUsedLinkIsGoneAndSaysSoWithoutNamingAnyone() throws Exception {
    String email = uniqueAddress("customer");
    invite(email, "Customer");
    String token = tokenIn(part(mail.await(email, "invited you to"), "text/plain"));
    HttpClient browser = browser();
    HttpResponse<String> page = open(browser, token);
    HttpResponse<String> accepted = submit(browser, page.body(), token, "Cu Stomer", PASSWORD);
    assertThat(accepted.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/my/profile.xhtml"));

    HttpResponse<String> again = open(browser(), token);

    assertThat(again.statusCode()).isEqualTo(410);
    assertThat(again.body()).contains("already been used").doesNotContain(email);
    assertThat(api.call("GET", "api/v1/members", null, email + ":" + PASSWORD).statusCode())
        .as("a customer is signed in but may not list members")
        .isEqualTo(403);
  }

  @Test
  void twoSubmitsOfTheSameLinkAcceptOnce() throws Exception {
    String email = uniqueAddress("twice");
    invite(email, "Customer");
    String token = tokenIn(part(mail.await(email, "invited you to"), "text/plain"));
    HttpClient first = browser();
    HttpClient second = browser();
    String firstPage = open(first, token).body();
    String secondPage = open(second, token).body();

    CompletableFuture<HttpResponse<String>> a =
        CompletableFuture.supplyAsync(
            () -> quietly(() -> submit(first, firstPage, token, "A", PASSWORD)));
    CompletableFuture<HttpResponse<String>> b =
        CompletableFuture.supplyAsync(
            () -> quietly(() -> submit(second, secondPage, token, "B", PASSWORD)));

    List<Integer> statuses =
        List.of(a.get().statusCode(), b.get().statusCode()).stream().sorted().toList();
    assertThat(statuses).containsExactly(302, 410);
  }

  @Test
  void aLinkWorksForSevenDaysAndTheTimerExpiresItAfterwards() throws Exception {
    String email = uniqueAddress("late");
    long id = json(invite(email, "Customer").body()).getJsonNumber("id").longValue();
    String token = tokenIn(part(mail.await(email, "invited you to"), "text/plain"));

    api.advanceClock("P6DT23H");
    assertThat(open(browser(), token).statusCode()).isEqualTo(200);

    api.advanceClock("PT1H1S");
    HttpResponse<String> late = open(browser(), token);
    assertThat(late.statusCode()).isEqualTo(410);
    assertThat(late.body()).contains("has expired").contains("ask the person who invited you");

    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofSeconds(2))
        .until(() -> statusOf(id).equals("expired"));
    assertThat(idsWithStatus("expired")).contains(id);
  }

  @Test
  void resendingKillsTheOldLinkAndMailsANewOne() throws Exception {
    String email = uniqueAddress("again");
    long id = json(invite(email, "Customer").body()).getJsonNumber("id").longValue();
    String oldToken = tokenIn(part(mail.await(email, "invited you to"), "text/plain"));

    HttpResponse<String> resent =
        api.call("POST", "api/v1/invitations/" + id + "/resend", "", OWNER);

    assertThat(resent.statusCode()).isEqualTo(200);
    await().atMost(DELIVERY).until(() -> mail.to(email, "invited you to").size() == 2);
    String newToken =
        mail.to(email, "invited you to").stream()
            .map(m -> tokenIn(quietly(() -> part(m, "text/plain"))))
            .filter(t -> !t.equals(oldToken))
            .findFirst()
            .orElseThrow();
    assertThat(open(browser(), oldToken).statusCode()).isEqualTo(404);
    assertThat(open(browser(), newToken).statusCode()).isEqualTo(200);
  }

  @Test
  void aRevokedLinkIsGone() throws Exception {
    String email = uniqueAddress("revoked");
    long id = json(invite(email, "Customer").body()).getJsonNumber("id").longValue();
    String token = tokenIn(part(mail.await(email, "invited you to"), "text/plain"));

    assertThat(api.call("DELETE", "api/v1/invitations/" + id, null, OWNER).statusCode())
        .isEqualTo(204);

    HttpResponse<String> page = open(browser(), token);
    assertThat(page.statusCode()).isEqualTo(410);
    assertThat(page.body()).contains("withdrew this invitation");
  }

  @Test
  void anUnknownLinkIsNotFound() throws Exception {
    HttpResponse<String> page = open(browser(), "no-such-token-" + UUID.randomUUID());

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("not valid");
    assertThat(send(browser(), get("invitations/accept")).statusCode()).isEqualTo(404);
  }

  @Test
  void aSecondInvitationToAPendingAddressIsAConflictThatSuggestsResend() throws Exception {
    String email = uniqueAddress("dup");
    assertThat(invite(email, "Customer").statusCode()).isEqualTo(201);

    HttpResponse<String> second = invite(email.toUpperCase(), "Agent");

    assertThat(second.statusCode()).isEqualTo(409);
    assertThat(second.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    JsonObject error = json(second.body()).getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("field")).isEqualTo("email");
    assertThat(error.getString("message")).contains("Resend");
    JsonObject pending =
        json(
            api.call(
                    "GET",
                    "api/v1/invitations?status=pending&email=" + enc(email.toUpperCase()),
                    null,
                    OWNER)
                .body());
    assertThat(pending.getInt("total")).as("the pending one, to resend").isEqualTo(1);
  }

  @Test
  void aReminderGoesOutTwoDaysBeforeExpiry() throws Exception {
    String email = uniqueAddress("reminded");
    invite(email, "Agent");
    mail.await(email, "invited you to");

    api.advanceClock("P5DT1H");

    MimeMessage reminder = mail.await(email, "expires soon", Duration.ofSeconds(60));
    assertThat(part(reminder, "text/plain")).contains("as Agent").doesNotContain("token=");
    await()
        .during(Duration.ofSeconds(21))
        .atMost(Duration.ofSeconds(30))
        .until(() -> mail.to(email, "expires soon").size() == 1);
  }

  @Test
  void anInvalidAddressIsABadRequestNamingTheField() throws Exception {
    HttpResponse<String> refused = invite("not an address", "Customer");

    assertThat(refused.statusCode()).isEqualTo(400);
    JsonObject error = json(refused.body()).getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("field")).isEqualTo("email");
  }

  @Test
  void aMemberWhoCanSignInIsNotInvitedAgain() throws Exception {
    String ownerEmail = System.getProperty("roster.test.admin.email");

    HttpResponse<String> refused = invite(ownerEmail, "Customer");

    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body()).contains("already a member");
  }

  @Test
  void aMemberAddedWithoutAPasswordCompletesTheAccountThroughTheInvitation() throws Exception {
    String email = uniqueAddress("added");
    HttpResponse<String> added =
        api.call(
            "POST",
            "api/v1/members",
            "{\"name\":\"Added Earlier\",\"email\":\"" + email + "\",\"role\":\"Customer\"}",
            OWNER);
    assertThat(added.statusCode()).isEqualTo(201);
    long memberId = json(added.body()).getJsonNumber("id").longValue();

    JsonObject invitation = json(invite(email, "Agent").body());
    assertThat(invitation.getJsonNumber("memberId").longValue()).isEqualTo(memberId);
    String token = tokenIn(part(mail.await(email, "invited you to"), "text/plain"));
    HttpClient browser = browser();
    HttpResponse<String> page = open(browser, token);
    assertThat(page.body()).contains("Added Earlier");

    HttpResponse<String> accepted = submit(browser, page.body(), token, "Added Later", PASSWORD);

    assertThat(accepted.statusCode()).isEqualTo(302);
    JsonObject member = json(api.call("GET", "api/v1/members/" + memberId, null, OWNER).body());
    assertThat(member.getString("name")).isEqualTo("Added Later");
    assertThat(member.getString("role")).isEqualTo("Agent");
  }

  @Test
  void aShortPasswordIsRefusedBesideTheField() throws Exception {
    String email = uniqueAddress("short");
    invite(email, "Customer");
    String token = tokenIn(part(mail.await(email, "invited you to"), "text/plain"));
    HttpClient browser = browser();
    HttpResponse<String> page = open(browser, token);

    HttpResponse<String> refused = submit(browser, page.body(), token, "Shorty", "short");

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("at least 10 characters");
    assertThat(open(browser(), token).statusCode()).as("the link still works").isEqualTo(200);
  }

  // --- helpers ---

  private HttpResponse<String> invite(String email, String role) throws Exception {
    return api.call(
        "POST",
        "api/v1/invitations",
        "{\"email\":\"" + email + "\",\"role\":\"" + role + "\"}",
        OWNER);
  }

  private String statusOf(long id) throws Exception {
    return json(api.call("GET", "api/v1/invitations/" + id, null, OWNER).body())
        .getString("status");
  }

  private List<Long> idsWithStatus(String status) throws Exception {
    JsonObject page =
        json(api.call("GET", "api/v1/invitations?size=200&status=" + status, null, OWNER).body());
    List<Long> ids = new ArrayList<>();
    for (JsonValue item : page.getJsonArray("items")) {
      ids.add(item.asJsonObject().getJsonNumber("id").longValue());
    }
    return ids;
  }

  private HttpResponse<String> open(HttpClient browser, String token) throws Exception {
    return send(browser, get("invitations/accept?token=" + enc(token)));
  }

  private HttpResponse<String> submit(
      HttpClient browser, String page, String token, String name, String password)
      throws Exception {
    Matcher state = VIEW_STATE.matcher(page);
    Matcher action = FORM_ACTION.matcher(page);
    assertThat(state.find()).as("the accept page has a view state").isTrue();
    assertThat(action.find()).as("the accept page has its form").isTrue();
    Map<String, String> fields =
        Map.of(
            "accept", "accept",
            "token", token,
            "name", name,
            "password", password,
            "confirm", password,
            "submit", "",
            "jakarta.faces.ViewState", state.group(1));
    String form =
        fields.entrySet().stream()
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

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).build();
  }

  private static String tokenIn(String text) {
    Matcher token = TOKEN.matcher(text);
    assertThat(token.find()).as("the mail holds an accept link").isTrue();
    return token.group(1);
  }

  private static String uniqueAddress(String who) {
    return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@invited.test";
  }
}
