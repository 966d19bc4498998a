package app.roster.it;

import static app.roster.it.Http.browser;
import static app.roster.it.Http.enc;
import static app.roster.it.Http.json;
import static app.roster.it.Http.quietly;
import static app.roster.it.Http.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.roster.it.sms.SmsStub;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Change Email and Change Phone end to end: an admin asks through the API, the member receives the
 * link at their CURRENT contact method (mail through GreenMail, SMS through a stub gateway on
 * 127.0.0.1 that records what it received), opening the link changes nothing, confirming applies
 * the change and signs the member out everywhere. Expired (the deployment's clock is moved),
 * cancelled, replaced and used links are refused; a new value taken in the meantime is refused at
 * confirmation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CredentialsIT {

  private static final ServerSetup SMTP =
      new ServerSetup(Integer.getInteger("roster.test.smtp.port", 3025), "127.0.0.1", "smtp");
  private static final Duration DELIVERY = Duration.ofSeconds(30);
  private static final String OWNER =
      System.getProperty("roster.test.admin.email")
          + ":"
          + System.getProperty("roster.test.admin.password");
  private static final Pattern LINK =
      Pattern.compile("/credentials/confirm\\?token=([A-Za-z0-9_-]+)");
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
  private static final Pattern FORM_ACTION =
      Pattern.compile("<form id=\"confirm\"[^>]*action=\"([^\"]*)\"");
  private static final String PASSWORD = "a-good-long-password";
  private static final String SMS_ACCOUNT = "ACtest";
  private static final String SMS_SECRET = "stub-secret";
  private static final String SMS_FROM = "+15005550006";

  private static GreenMail mail;
  private static SmsStub sms;

  @Deployment(testable = false)
  static WebArchive deployment() throws Exception {
    // The stub must listen before the WAR is built: its port goes into the WAR's configuration.
    sms = SmsStub.start();
    return RosterDeployment.withMovableClockAndSmsGateway(
        sms.url(), SMS_ACCOUNT, SMS_SECRET, SMS_FROM);
  }

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void startMailServer() {
    mail = new GreenMail(SMTP);
    mail.start();
  }

  @AfterAll
  static void stopServers() {
    if (mail != null) {
      mail.stop();
    }
    if (sms != null) {
      sms.close();
    }
  }

  @AfterEach
  void resetClock() throws Exception {
    api("POST", "api/test/clock/reset", null, OWNER);
  }

  @Test
  void anEmailChangeIsConfirmedThroughTheOldAddressAndTheOldAddressIsToldAfterwards()
      throws Exception {
    String oldEmail = uniqueAddress("old");
    String newEmail = uniqueAddress("new");
    long id = addMember("Ana Old", oldEmail, null);
    HttpClient session = signIn(oldEmail);

    HttpResponse<String> asked = emailChange(id, newEmail);

    assertThat(asked.statusCode()).isEqualTo(202);
    assertThat(asked.headers().firstValue("Location"))
        .hasValueSatisfying(
            l -> assertThat(l).endsWith("/api/v1/members/" + id + "/credential-change"));
    JsonObject pending = json(asked.body());
    assertThat(pending.getString("status")).isEqualTo("pending");
    assertThat(pending.getString("sentVia")).isEqualTo("email");
    assertThat(pending.getString("sentTo")).isEqualTo(oldEmail);
    assertThat(member(id).getString("email")).as("nothing changes yet").isEqualTo(oldEmail);

    MimeMessage message = awaitMail(oldEmail, "Confirm your new sign-in email");
    String text = part(message, "text/plain");
    assertThat(text)
        .contains("asked to change your sign-in email to n…@i….test")
        .doesNotContain(newEmail)
        .contains("until");
    assertThat(received(newEmail, "")).as("nothing goes to the new address").isEmpty();
    String token = tokenIn(text);

    assertThat(apiAs(oldEmail).statusCode()).as("the old email still signs in").isEqualTo(200);
    assertThat(apiAs(newEmail).statusCode()).isEqualTo(401);

    HttpResponse<String> page = open(browser(), token);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(oldEmail).contains(newEmail).contains("Confirm");
    assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(open(browser(), token).statusCode()).isEqualTo(200);
    assertThat(member(id).getString("email")).as("a GET changes nothing").isEqualTo(oldEmail);
    assertThat(consoleStatus(session)).as("still signed in").isEqualTo(200);

    HttpClient member = browser();
    HttpResponse<String> confirmed = confirm(member, open(member, token).body(), token);

    assertThat(confirmed.statusCode()).isEqualTo(200);
    assertThat(confirmed.body()).contains("Your sign-in email is now " + newEmail);
    assertThat(member(id).getString("email")).isEqualTo(newEmail);
    assertThat(apiAs(newEmail).statusCode()).isEqualTo(200);
    assertThat(apiAs(oldEmail).statusCode()).isEqualTo(401);
    assertThat(consoleStatus(session)).as("the other session was signed out").isEqualTo(302);

    MimeMessage notice = awaitMail(oldEmail, "was changed");
    assertThat(part(notice, "text/plain"))
        .contains("was changed to n…@i….test")
        .contains("If this was not you, contact");
    assertThat(open(browser(), token).statusCode()).as("used").isEqualTo(410);
    assertThat(api("GET", credentialChange(id), null, OWNER).statusCode()).isEqualTo(404);

    List<JsonObject> history = history(id);
    assertThat(history.stream().map(e -> e.getString("action")))
        .containsSubsequence("credential.confirmed", "credential.requested");
    JsonObject confirmedEntry =
        history.stream()
            .filter(e -> e.getString("action").equals("credential.confirmed"))
            .findFirst()
            .orElseThrow();
    JsonObject change = confirmedEntry.getJsonObject("details").getJsonObject("changes");
    assertThat(change.getJsonObject("email").getString("before")).isEqualTo(oldEmail);
    assertThat(change.getJsonObject("email").getString("after")).isEqualTo(newEmail);
    assertThat(confirmedEntry.getJsonObject("actor").getJsonNumber("id").longValue())
        .as("the member confirmed it")
        .isEqualTo(id);
  }

  @Test
  void aPhoneChangeIsConfirmedBySmsToTheOldPhone() throws Exception {
    String email = uniqueAddress("phone");
    String oldPhone = uniquePhone();
    String newPhone = uniquePhone();
    long id = addMember("Pat Phone", email, oldPhone);
    HttpClient session = signIn(email);

    HttpResponse<String> asked = phoneChange(id, newPhone);

    assertThat(asked.statusCode()).isEqualTo(202);
    assertThat(json(asked.body()).getString("sentVia")).isEqualTo("sms");
    await().atMost(DELIVERY).until(() -> !sms.receivedFor(oldPhone).isEmpty());
    SmsStub.Received text = sms.receivedFor(oldPhone).get(0);
    assertThat(text.path()).isEqualTo("/2010-04-01/Accounts/ACtest/Messages.json");
    assertThat(text.from()).isEqualTo(SMS_FROM);
    assertThat(text.authorization())
        .isEqualTo(
            "Basic "
                + Base64.getEncoder()
                    .encodeToString(
                        (SMS_ACCOUNT + ":" + SMS_SECRET).getBytes(StandardCharsets.UTF_8)));
    assertThat(text.body())
        .contains("phone number to +1…" + newPhone.substring(newPhone.length() - 2))
        .doesNotContain(newPhone)
        .contains("/credentials/confirm?token=");
    assertThat(sms.receivedFor(newPhone)).isEmpty();
    assertThat(received(email, "Confirm")).as("no mail when there is a phone").isEmpty();
    assertThat(member(id).getString("phone")).as("nothing changes yet").isEqualTo(intl(oldPhone));
    await()
        .atMost(DELIVERY)
        .until(() -> outbox("sms", oldPhone).getString("status").equalsIgnoreCase("sent"));

    String token = tokenIn(text.body());
    HttpClient member = browser();
    HttpResponse<String> confirmed = confirm(member, open(member, token).body(), token);

    assertThat(confirmed.statusCode()).isEqualTo(200);
    assertThat(member(id).getString("phone")).isEqualTo(intl(newPhone));
    assertThat(consoleStatus(session)).as("signed out after the change").isEqualTo(302);
    assertThat(history(id).get(0).getString("action")).isEqualTo("credential.confirmed");
  }

  @Test
  void aPhoneChangeForAMemberWithoutAPhoneIsConfirmedByEmail() throws Exception {
    String email = uniqueAddress("nophone");
    String newPhone = uniquePhone();
    long id = addMember("No Phone", email, null);

    HttpResponse<String> asked = phoneChange(id, newPhone);

    assertThat(asked.statusCode()).isEqualTo(202);
    assertThat(json(asked.body()).getString("sentVia")).isEqualTo("email");
    String text = part(awaitMail(email, "Confirm your new phone number"), "text/plain");
    assertThat(text).contains("phone number to +1…" + newPhone.substring(newPhone.length() - 2));
    String token = tokenIn(text);
    HttpResponse<String> page = open(browser(), token);
    assertThat(page.body()).contains("Your phone number becomes");

    HttpClient member = browser();
    assertThat(confirm(member, open(member, token).body(), token).statusCode()).isEqualTo(200);
    assertThat(member(id).getString("phone")).isEqualTo(intl(newPhone));
  }

  @Test
  void aNewEmailTakenByAnotherMemberMeanwhileIsRefusedAtConfirmation() throws Exception {
    String email = uniqueAddress("slow");
    String wanted = uniqueAddress("wanted");
    long id = addMember("Slow Confirmer", email, null);
    assertThat(emailChange(id, wanted).statusCode()).isEqualTo(202);
    String token = tokenIn(part(awaitMail(email, "Confirm your new sign-in email"), "text/plain"));
    HttpClient member = browser();
    String page = open(member, token).body();

    addMember("Quick Taker", wanted.toUpperCase(Locale.ROOT), null);
    HttpResponse<String> refused = confirm(member, page, token);

    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body()).contains("belongs to another member");
    assertThat(member(id).getString("email")).isEqualTo(email);
    assertThat(emailChange(id, wanted).statusCode()).as("taken at request too").isEqualTo(409);
  }

  @Test
  void aLinkExpiresAfterTwentyFourHours() throws Exception {
    String email = uniqueAddress("late");
    long id = addMember("Late Larry", email, null);
    emailChange(id, uniqueAddress("later"));
    String token = tokenIn(part(awaitMail(email, "Confirm your new sign-in email"), "text/plain"));

    advanceClock("PT23H59M");
    assertThat(open(browser(), token).statusCode()).isEqualTo(200);
    advanceClock("PT1M1S");

    HttpResponse<String> late = open(browser(), token);
    assertThat(late.statusCode()).isEqualTo(410);
    assertThat(late.body()).contains("This link has expired").contains("Nothing was changed");
    JsonObject pending = json(api("GET", credentialChange(id), null, OWNER).body());
    assertThat(pending.getString("status")).isEqualTo("expired");
    assertThat(member(id).getString("email")).isEqualTo(email);
  }

  @Test
  void aCancelledLinkIsRefused() throws Exception {
    String email = uniqueAddress("cancel");
    long id = addMember("Cancelled Cora", email, null);
    emailChange(id, uniqueAddress("never"));
    String token = tokenIn(part(awaitMail(email, "Confirm your new sign-in email"), "text/plain"));
    HttpClient member = browser();
    String page = open(member, token).body();

    assertThat(api("DELETE", credentialChange(id), null, OWNER).statusCode()).isEqualTo(204);

    HttpResponse<String> opened = open(browser(), token);
    assertThat(opened.statusCode()).isEqualTo(410);
    assertThat(opened.body()).contains("This change was cancelled");
    assertThat(confirm(member, page, token).statusCode())
        .as("a page opened before the cancel cannot confirm either")
        .isEqualTo(410);
    assertThat(api("GET", credentialChange(id), null, OWNER).statusCode()).isEqualTo(404);
    assertThat(api("DELETE", credentialChange(id), null, OWNER).statusCode()).isEqualTo(404);
    assertThat(history(id).get(0).getString("action")).isEqualTo("credential.cancelled");
  }

  @Test
  void aNewRequestReplacesThePendingOneAndKillsItsLink() throws Exception {
    String email = uniqueAddress("twice");
    long id = addMember("Twice Tom", email, null);
    emailChange(id, uniqueAddress("first"));
    String first = tokenIn(part(awaitMail(email, "Confirm your new sign-in email"), "text/plain"));
    String second = uniqueAddress("second");

    assertThat(emailChange(id, second).statusCode()).isEqualTo(202);

    await()
        .atMost(DELIVERY)
        .until(() -> received(email, "Confirm your new sign-in email").size() == 2);
    String latest =
        received(email, "Confirm your new sign-in email").stream()
            .map(m -> tokenIn(quietly(() -> part(m, "text/plain"))))
            .filter(t -> !t.equals(first))
            .findFirst()
            .orElseThrow();
    HttpResponse<String> old = open(browser(), first);
    assertThat(old.statusCode()).isEqualTo(410);
    assertThat(old.body()).contains("This link was replaced");
    assertThat(open(browser(), latest).body()).contains(second);
    assertThat(json(api("GET", credentialChange(id), null, OWNER).body()).getString("newValue"))
        .isEqualTo(second);
  }

  @Test
  void resendingMailsANewLinkAndTheOldOneStopsWorking() throws Exception {
    String email = uniqueAddress("resend");
    long id = addMember("Resent Rita", email, null);
    emailChange(id, uniqueAddress("target"));
    String first = tokenIn(part(awaitMail(email, "Confirm your new sign-in email"), "text/plain"));

    assertThat(api("POST", credentialChange(id) + "/resend", "", OWNER).statusCode())
        .isEqualTo(200);

    await()
        .atMost(DELIVERY)
        .until(() -> received(email, "Confirm your new sign-in email").size() == 2);
    assertThat(open(browser(), first).statusCode()).isEqualTo(404);
  }

  @Test
  void badRequestsAreProblemsNamingTheField() throws Exception {
    String email = uniqueAddress("bad");
    long id = addMember("Bad Input", email, null);

    HttpResponse<String> invalid = emailChange(id, "not an address");
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(invalid.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    assertThat(json(invalid.body()).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("email");

    HttpResponse<String> badPhone = phoneChange(id, "12");
    assertThat(badPhone.statusCode()).isEqualTo(400);
    assertThat(json(badPhone.body()).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("phone");

    String owner = System.getProperty("roster.test.admin.email");
    HttpResponse<String> taken = emailChange(id, owner.toUpperCase(Locale.ROOT));
    assertThat(taken.statusCode()).isEqualTo(409);
    assertThat(json(taken.body()).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("email");

    assertThat(emailChange(id, email.toUpperCase(Locale.ROOT)).statusCode())
        .as("the same address in another case")
        .isEqualTo(400);
    assertThat(emailChange(987654321L, uniqueAddress("ghost")).statusCode()).isEqualTo(404);
    assertThat(api("GET", credentialChange(987654321L), null, OWNER).statusCode()).isEqualTo(404);

    String agent = uniqueAddress("agent");
    addMember("Agent Smith", agent, null);
    HttpResponse<String> forbidden =
        api(
            "POST",
            "api/v1/members/" + id + "/email-change",
            "{\"email\":\"" + uniqueAddress("x") + "\"}",
            agent + ":" + PASSWORD);
    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(api("GET", credentialChange(id), null, agent + ":" + PASSWORD).statusCode())
        .isEqualTo(403);
  }

  @Test
  void anSmsTheGatewayRefusesForNowIsRetriedAndAPermanentRefusalFails() throws Exception {
    String retried = uniquePhone();
    String refused = uniquePhone();
    sms.answer(retried, 503);
    sms.answer(refused, 400);
    long first = addMember("Retry Rob", uniqueAddress("retry"), retried);
    long second = addMember("Refused Ray", uniqueAddress("refused"), refused);

    phoneChange(first, uniquePhone());
    phoneChange(second, uniquePhone());

    // The build's outbox retries after a second (ROSTER_OUTBOX_RETRY_BASE=PT1S for tests).
    await()
        .atMost(DELIVERY)
        .until(() -> outbox("sms", retried).getString("status").equalsIgnoreCase("sent"));
    assertThat(outbox("sms", retried).getInt("attempts")).isEqualTo(2);
    await()
        .atMost(DELIVERY)
        .until(() -> outbox("sms", refused).getString("status").equalsIgnoreCase("failed"));
    JsonObject failed = outbox("sms", refused);
    assertThat(failed.getInt("attempts")).as("a 400 is not tried again").isEqualTo(1);
    assertThat(failed.getString("lastError")).contains("400");
    assertThat(sms.receivedFor(retried)).hasSize(2);
    assertThat(sms.receivedFor(refused)).hasSize(1);
  }

  // --- helpers ---

  private long addMember(String name, String email, String phone) throws Exception {
    String body =
        "{\"name\":\""
            + name
            + "\",\"email\":\""
            + email
            + "\",\"role\":\"Agent\""
            + (phone == null ? "" : ",\"phone\":\"" + phone + "\"")
            + "}";
    HttpResponse<String> added = api("POST", "api/v1/members", body, OWNER);
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    TestDatabase.givePassword(email.toLowerCase(Locale.ROOT), PASSWORD);
    return json(added.body()).getJsonNumber("id").longValue();
  }

  private HttpResponse<String> emailChange(long id, String email) throws Exception {
    return api(
        "POST", "api/v1/members/" + id + "/email-change", "{\"email\":\"" + email + "\"}", OWNER);
  }

  private HttpResponse<String> phoneChange(long id, String phone) throws Exception {
    return api(
        "POST", "api/v1/members/" + id + "/phone-change", "{\"phone\":\"" + phone + "\"}", OWNER);
  }

  private static String credentialChange(long id) {
    return "api/v1/members/" + id + "/credential-change";
  }

  private JsonObject member(long id) throws Exception {
    return json(api("GET", "api/v1/members/" + id, null, OWNER).body());
  }

  private List<JsonObject> history(long id) throws Exception {
    return json(api("GET", "api/v1/members/" + id + "/history", null, OWNER).body())
        .getJsonArray("items")
        .stream()
        .map(JsonValue::asJsonObject)
        .toList();
  }

  /** The newest outbox message of a channel to one recipient. */
  private JsonObject outbox(String channel, String to) throws Exception {
    JsonObject page =
        json(api("GET", "api/v1/outbox?channel=" + channel + "&to=" + enc(to), null, OWNER).body());
    assertThat(page.getJsonArray("items")).as("an outbox message to " + to).isNotEmpty();
    return page.getJsonArray("items").getJsonObject(0);
  }

  /** A members list call signed in with this email: 200 while it signs in, else 401. */
  private HttpResponse<String> apiAs(String email) throws Exception {
    return api("GET", "api/v1/members?size=1", null, email + ":" + PASSWORD);
  }

  private HttpClient signIn(String email) throws Exception {
    HttpClient browser = browser();
    String page = send(browser, get("signin.xhtml")).body();
    Matcher state = VIEW_STATE.matcher(page);
    assertThat(state.find()).isTrue();
    String form =
        "signin=signin&email="
            + enc(email)
            + "&password="
            + enc(PASSWORD)
            + "&submit=&jakarta.faces.ViewState="
            + enc(state.group(1));
    HttpResponse<String> signedIn =
        send(
            browser,
            HttpRequest.newBuilder(URI.create(base + "signin.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(consoleStatus(browser)).isEqualTo(200);
    return browser;
  }

  private int consoleStatus(HttpClient browser) throws Exception {
    return send(browser, get("console/members/index.xhtml")).statusCode();
  }

  private void advanceClock(String by) throws Exception {
    assertThat(api("POST", "api/test/clock/advance?by=" + by, null, OWNER).statusCode())
        .isEqualTo(200);
  }

  private HttpResponse<String> open(HttpClient browser, String token) throws Exception {
    return send(browser, get("credentials/confirm?token=" + enc(token)));
  }

  private HttpResponse<String> confirm(HttpClient browser, String page, String token)
      throws Exception {
    Matcher state = VIEW_STATE.matcher(page);
    Matcher action = FORM_ACTION.matcher(page);
    assertThat(state.find()).as("the confirm page has a view state").isTrue();
    assertThat(action.find()).as("the confirm page has its form").isTrue();
    Map<String, String> fields =
        Map.of(
            "confirm",
            "confirm",
            "confirm:token",
            token,
            "confirm:submit",
            "",
            "jakarta.faces.ViewState",
            state.group(1));
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

  private HttpResponse<String> api(String method, String path, String body, String basic)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)))
            .header("Accept", "application/json");
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static MimeMessage awaitMail(String to, String subjectPart) {
    await().atMost(DELIVERY).until(() -> !received(to, subjectPart).isEmpty());
    return received(to, subjectPart).get(0);
  }

  private static List<MimeMessage> received(String to, String subjectPart) {
    return Arrays.stream(mail.getReceivedMessages())
        .filter(
            m ->
                quietly(() -> m.getRecipients(Message.RecipientType.TO)[0].toString())
                    .equalsIgnoreCase(to))
        .filter(m -> quietly(m::getSubject).contains(subjectPart))
        .toList();
  }

  private static String part(MimeMessage message, String type) throws Exception {
    Multipart parts = (Multipart) message.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (part.isMimeType(type)) {
        return (String) part.getContent();
      }
    }
    throw new AssertionError("no " + type + " part in " + message.getSubject());
  }

  private static String tokenIn(String text) {
    Matcher token = LINK.matcher(text);
    assertThat(token.find()).as("the message holds a confirm link").isTrue();
    return token.group(1);
  }

  private static String uniqueAddress(String who) {
    return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@ident.test";
  }

  /** A random valid US number in E.164 (area code 650), unlikely to repeat between runs. */
  private static String uniquePhone() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "+1650" + random.nextInt(200, 1000) + String.format("%04d", random.nextInt(10000));
  }

  /** How the API writes an E.164 number: "+1 650-253-0000". */
  private static String intl(String e164) {
    return "+1 " + e164.substring(2, 5) + "-" + e164.substring(5, 8) + "-" + e164.substring(8);
  }
}
