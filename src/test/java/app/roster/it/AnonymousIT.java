package app.roster.it;

import static app.roster.it.Http.json;
import static app.roster.it.Http.quietly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.roster.it.inbound.InboundTestSettings;
import jakarta.json.Json;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inbound contact and anonymous members end to end, as the telephony, SMS and mail systems and an
 * admin's API client meet them: signed deliveries attach to known members (email in any case, phone
 * in any format of the workspace's region, Brazil here) or create anonymous members; a repeated
 * delivery is stored once; a bad signature is 401; merge and convert move the events; dismissing
 * deletes; the timer deletes what expired once the test deployment's clock is moved.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnonymousIT {

  private static final String OWNER =
      System.getProperty("roster.test.admin.email")
          + ":"
          + System.getProperty("roster.test.admin.password");
  private static final SecureRandom RANDOM = new SecureRandom();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.withMovableClockAndInbound();
  }

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void resetClock() throws Exception {
    api("POST", "api/test/clock/reset", null);
  }

  @Test
  void anUnknownSenderBecomesOneAnonymousMemberAndARepeatedEventIsStoredOnce() throws Exception {
    String local = mobileDigits();
    Instant at = now();

    HttpResponse<String> first = inbound("sms", "+55 11 " + local, at, "Is the shop open?");
    HttpResponse<String> again = inbound("sms", "+55 11 " + local, at, "Is the shop open?");
    HttpResponse<String> call = inbound("call", "011 " + local, at.minusSeconds(60), "Missed call");

    assertThat(first.statusCode()).isEqualTo(201);
    JsonObject created = json(first.body());
    assertThat(created.getBoolean("anonymous")).isTrue();
    long anonymousId = created.getJsonNumber("memberId").longValue();
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(json(again.body()).getBoolean("duplicate")).isTrue();
    assertThat(json(again.body()).getJsonNumber("id").longValue())
        .isEqualTo(created.getJsonNumber("id").longValue());
    assertThat(call.statusCode()).isEqualTo(201);
    assertThat(json(call.body()).getJsonNumber("memberId").longValue()).isEqualTo(anonymousId);

    JsonObject anonymous = json(api("GET", "api/v1/anonymous/" + anonymousId, null).body());
    assertThat(anonymous.getString("identifier")).isEqualTo("+55 11 " + local);
    assertThat(anonymous.getString("channel")).isEqualTo("sms");
    assertThat(anonymous.getInt("contacts")).isEqualTo(2);
    assertThat(anonymous.getJsonNumber("daysUntilExpiry").longValue()).isEqualTo(30);
    assertThat(contactsOf(anonymousId)).hasSize(2);
    assertThat(listedIds(false)).contains(anonymousId);
  }

  @Test
  void concurrentDeliveriesFromOneNewSenderMakeOneAnonymousMemberAndStoreEachEventOnce()
      throws Exception {
    String from = "+55 11 " + mobileDigits();
    Instant at = now();
    List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      // Four distinct events, each delivered twice at the same moment.
      String body = body("call", from, at.plusSeconds(i % 4), "call " + (i % 4));
      sent.add(CompletableFuture.supplyAsync(() -> quietly(() -> post(body, sign(body)))));
    }

    List<HttpResponse<String>> answers = sent.stream().map(CompletableFuture::join).toList();

    assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200, 201);
    assertThat(answers.stream().filter(a -> a.statusCode() == 201)).hasSize(4);
    List<Long> members =
        answers.stream()
            .map(a -> json(a.body()).getJsonNumber("memberId").longValue())
            .distinct()
            .toList();
    assertThat(members).hasSize(1);
    assertThat(contactsOf(members.get(0))).hasSize(4);
    assertThat(
            json(api("GET", "api/v1/anonymous/" + members.get(0), null).body()).getInt("contacts"))
        .isEqualTo(4);
  }

  @Test
  void contactFromAKnownMemberAttachesToThemWhateverTheCaseOrPhoneFormat() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String local = mobileDigits();
    long memberId = addMember("Known " + run, "Known." + run + "@Example.com", "+55 11 " + local);

    JsonObject byEmail =
        json(inbound("email", "KNOWN." + run + "@EXAMPLE.COM", now(), "Question").body());
    JsonObject byPhone = json(inbound("call", "011 " + local, now(), null).body());

    assertThat(byEmail.getJsonNumber("memberId").longValue()).isEqualTo(memberId);
    assertThat(byEmail.getBoolean("anonymous")).isFalse();
    assertThat(byPhone.getJsonNumber("memberId").longValue()).isEqualTo(memberId);
    List<JsonObject> contacts = contactsOf(memberId);
    assertThat(contacts).hasSize(2);
    assertThat(contacts)
        .extracting(c -> c.getString("from"))
        .containsExactlyInAnyOrder("known." + run + "@example.com", "+55 11 " + local);
  }

  @Test
  void aMissingOrWrongSignatureIsRefused() throws Exception {
    String body = body("sms", "+55 11 " + mobileDigits(), now(), "hello");

    HttpResponse<String> unsigned = post(body, null);
    HttpResponse<String> wrong = post(body, sign(body.replace("hello", "hullo")));
    HttpResponse<String> otherSecret = post(body, "sha256=" + hmac("not-the-secret", body));

    for (HttpResponse<String> refused : List.of(unsigned, wrong, otherSecret)) {
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(refused.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(json(refused.body()).getInt("status")).isEqualTo(401);
    }
  }

  @Test
  void invalidInboundFieldsAreListed() throws Exception {
    String body = body("fax", "nobody", now(), null);

    HttpResponse<String> refused = post(body, sign(body));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json(refused.body()).getJsonArray("errors").toString()).contains("channel");
  }

  @Test
  void smsAndEmailFromOnePersonMergeIntoOneMemberAndLaterContactFindsThem() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String local = mobileDigits();
    String email = "Pat." + run + "@example.com";
    long smsAnonymous = memberOf(inbound("sms", "+55 11 " + local, now(), "Hi, it's Pat"));
    long mailAnonymous = memberOf(inbound("email", email, now(), "Pat again"));
    long memberId = addMember("Pat " + run, "pat.work." + run + "@example.com", null);

    HttpResponse<String> first = merge(smsAnonymous, memberId);
    HttpResponse<String> second = merge(mailAnonymous, memberId);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(json(first.body()).getString("phone")).isEqualTo("+55 11 " + local);
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(json(second.body()).getString("email"))
        .isEqualTo("pat.work." + run + "@example.com");
    assertThat(api("GET", "api/v1/anonymous/" + smsAnonymous, null).statusCode()).isEqualTo(404);
    assertThat(api("GET", "api/v1/anonymous/" + mailAnonymous, null).statusCode()).isEqualTo(404);
    assertThat(contactsOf(memberId)).hasSize(2);

    JsonObject laterSms = json(inbound("sms", "011 " + local, now(), "Thanks").body());
    JsonObject laterMail =
        json(inbound("email", email.toUpperCase(), now(), "Thanks by mail").body());

    assertThat(laterSms.getJsonNumber("memberId").longValue()).isEqualTo(memberId);
    assertThat(laterMail.getJsonNumber("memberId").longValue()).isEqualTo(memberId);
    assertThat(laterMail.getBoolean("anonymous")).isFalse();
    assertThat(contactsOf(memberId)).hasSize(4);
    assertThat(auditActionsOf(memberId)).contains("anonymous.merged");
  }

  @Test
  void convertingMakesANewMemberWithTheSenderAndItsEvents() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String email = "new." + run + "@example.com";
    long anonymousId = memberOf(inbound("email", email, now(), "I'd like to join"));
    inbound("email", email, now().plusSeconds(5), "Me again");

    HttpResponse<String> converted =
        api(
            "POST",
            "api/v1/anonymous/" + anonymousId + "/convert",
            Json.createObjectBuilder()
                .add("name", "Nova " + run)
                .add("email", email)
                .add("role", "Customer")
                .build()
                .toString());

    assertThat(converted.statusCode()).isEqualTo(201);
    JsonObject member = json(converted.body());
    long memberId = member.getJsonNumber("id").longValue();
    assertThat(memberId).isNotEqualTo(anonymousId);
    assertThat(member.getString("email")).isEqualTo(email);
    assertThat(member.getString("role")).isEqualTo("Customer");
    assertThat(contactsOf(memberId)).hasSize(2);
    assertThat(api("GET", "api/v1/anonymous/" + anonymousId, null).statusCode()).isEqualTo(404);
    assertThat(
            json(inbound("email", email, now().plusSeconds(9), "Joined!").body())
                .getJsonNumber("memberId")
                .longValue())
        .isEqualTo(memberId);
  }

  @Test
  void dismissingDeletesTheAnonymousMemberAndLeavesAnAuditEntry() throws Exception {
    long one = memberOf(inbound("sms", "+55 11 " + mobileDigits(), now(), "spam"));
    long two = memberOf(inbound("call", "+55 11 " + mobileDigits(), now(), "robocall"));
    long three = memberOf(inbound("call", "+55 11 " + mobileDigits(), now(), "robocall"));

    HttpResponse<String> single = api("DELETE", "api/v1/anonymous/" + one, null);
    HttpResponse<String> bulk =
        api("POST", "api/v1/anonymous/dismiss", "{\"ids\": [" + two + ", " + three + "]}");

    assertThat(single.statusCode()).isEqualTo(204);
    assertThat(json(bulk.body()).getInt("dismissed")).isEqualTo(2);
    for (long id : List.of(one, two, three)) {
      assertThat(api("GET", "api/v1/anonymous/" + id, null).statusCode()).isEqualTo(404);
    }
    assertThat(auditTargets("anonymous.dismissed")).contains(one, two, three);
  }

  @Test
  void anUnresolvedAnonymousMemberExpiresThirtyDaysAfterItsLastContact() throws Exception {
    long stale = memberOf(inbound("sms", "+55 11 " + mobileDigits(), now(), "hello?"));

    api("POST", "api/test/clock/advance?by=P24D", null);
    assertThat(listedIds(true)).contains(stale);
    long fresh =
        memberOf(inbound("sms", "+55 11 " + mobileDigits(), now().plus(Duration.ofDays(24)), "hi"));
    assertThat(listedIds(true)).doesNotContain(fresh);

    api("POST", "api/test/clock/advance?by=P7D", null);
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofSeconds(2))
        .until(
            () -> quietly(() -> api("GET", "api/v1/anonymous/" + stale, null)).statusCode() == 404);
    assertThat(api("GET", "api/v1/anonymous/" + fresh, null).statusCode()).isEqualTo(200);
    assertThat(api("GET", "api/v1/members/" + stale, null).statusCode()).isEqualTo(404);
    assertThat(auditTargets("anonymous.expired")).contains(stale);
  }

  private long memberOf(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(201);
    return json(response.body()).getJsonNumber("memberId").longValue();
  }

  private HttpResponse<String> merge(long anonymousId, long memberId) throws Exception {
    return api(
        "POST", "api/v1/anonymous/" + anonymousId + "/merge", "{\"memberId\": " + memberId + "}");
  }

  private long addMember(String name, String email, String phone) throws Exception {
    var body =
        Json.createObjectBuilder().add("name", name).add("email", email).add("role", "Customer");
    if (phone != null) {
      body.add("phone", phone);
    }
    HttpResponse<String> added = api("POST", "api/v1/members", body.build().toString());
    assertThat(added.statusCode()).isEqualTo(201);
    return json(added.body()).getJsonNumber("id").longValue();
  }

  private List<JsonObject> contactsOf(long memberId) throws Exception {
    HttpResponse<String> page = api("GET", "api/v1/members/" + memberId + "/contacts", null);
    assertThat(page.statusCode()).isEqualTo(200);
    return json(page.body()).getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
  }

  private List<Long> listedIds(boolean expiring) throws Exception {
    HttpResponse<String> page = api("GET", "api/v1/anonymous?size=200&expiring=" + expiring, null);
    assertThat(page.statusCode()).isEqualTo(200);
    return json(page.body()).getJsonArray("items").stream()
        .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
        .toList();
  }

  private List<Long> auditTargets(String action) throws Exception {
    HttpResponse<String> page = api("GET", "api/v1/audit?size=200&action=" + action, null);
    assertThat(page.statusCode()).isEqualTo(200);
    return json(page.body()).getJsonArray("items").stream()
        .map(v -> v.asJsonObject().getJsonObject("target").getJsonNumber("id").longValue())
        .toList();
  }

  private List<String> auditActionsOf(long memberId) throws Exception {
    HttpResponse<String> history = api("GET", "api/v1/members/" + memberId + "/history", null);
    return json(history.body()).getJsonArray("items").stream()
        .map(v -> v.asJsonObject().getString("action"))
        .toList();
  }

  private HttpResponse<String> inbound(String channel, String from, Instant at, String summary)
      throws Exception {
    String body = body(channel, from, at, summary);
    return post(body, sign(body));
  }

  private static String body(String channel, String from, Instant at, String summary) {
    var json =
        Json.createObjectBuilder()
            .add("channel", channel)
            .add("from", from)
            .add("to", "+55 11 4004-0000")
            .add("at", at.toString());
    if (summary != null) {
      json.add("summary", summary);
    }
    return json.build().toString();
  }

  private HttpResponse<String> post(String body, String signature) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + "api/v1/inbound"))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (signature != null) {
      request.header("X-Roster-Signature", signature);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String sign(String body) throws Exception {
    return "sha256=" + hmac(InboundTestSettings.SECRET, body);
  }

  private static String hmac(String secret, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }

  private HttpResponse<String> api(String method, String path, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder().encodeToString(OWNER.getBytes(StandardCharsets.UTF_8)))
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

  /** A Brazilian mobile number in São Paulo no other test uses: "91234-5678". */
  private static String mobileDigits() {
    return "9" + (1000 + RANDOM.nextInt(9000)) + "-" + (1000 + RANDOM.nextInt(9000));
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }
}
