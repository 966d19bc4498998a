package app.roster.it;

import static app.roster.it.Http.enc;
import static app.roster.it.Http.json;
import static app.roster.it.Mailbox.DELIVERY;
import static app.roster.it.Mailbox.part;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mail leaves Roster through a real SMTP server (GreenMail on loopback, at the port the failsafe
 * configuration gives the server) and is listed in the outbox; while the server is away, the
 * message waits and is delivered exactly once when it returns.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailDeliveryIT {

  private static Mailbox mail;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newHttpClient();

  private final String owner =
      System.getProperty("roster.test.admin.email")
          + ":"
          + System.getProperty("roster.test.admin.password");

  @BeforeAll
  static void startMailServer() {
    mail = Mailbox.start();
  }

  @AfterAll
  static void stopMailServer() {
    Mailbox.stopQuietly(mail);
  }

  @Test
  void testEmailIsDeliveredOnceAndListedAsSent() throws Exception {
    String to = uniqueAddress("probe");

    HttpResponse<String> queued = sendTest(to, owner);

    assertThat(queued.statusCode()).isEqualTo(202);
    long id = json(queued.body()).getJsonNumber("id").longValue();
    assertThat(queued.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/api/v1/outbox/" + id));

    await().atMost(DELIVERY).until(() -> mail.to(to).size() == 1);
    MimeMessage message = mail.to(to).get(0);
    assertThat(message.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo(to);
    assertThat(message.getSubject()).isEqualTo("Roster: test message");
    assertThat(message.getContentType()).startsWith("multipart/alternative");
    assertThat(part(message, "text/plain")).contains("This is a test message from Roster");
    assertThat(message.getMessageID()).endsWith("@localhost>");

    JsonObject item =
        await().ignoreExceptions().atMost(DELIVERY).until(() -> onlyItemFor(to), i -> sent(i));
    assertThat(item.getJsonNumber("id").longValue()).isEqualTo(id);
    assertThat(item.getString("channel")).isEqualTo("EMAIL");
    assertThat(item.getString("subject")).isEqualTo("Roster: test message");
    assertThat(item.getInt("attempts")).isEqualTo(1);
    assertThat(item.isNull("sentAt")).isFalse();
    assertThat(item.isNull("body")).as("bodies of sent mail are not shown").isTrue();

    await()
        .during(Duration.ofSeconds(6))
        .atMost(Duration.ofSeconds(8))
        .until(() -> mail.to(to).size() == 1);
  }

  @Test
  void whileTheMailServerIsDownTheMessageWaitsAndIsDeliveredOnceItReturns() throws Exception {
    String to = uniqueAddress("outage");
    mail.stop();
    try {
      assertThat(sendTest(to, owner).statusCode()).isEqualTo(202);

      JsonObject waiting =
          await()
              .ignoreExceptions()
              .atMost(DELIVERY)
              .until(() -> onlyItemFor(to), i -> waitsAfterFailure(i));
      assertThat(waiting.getString("lastError")).contains("127.0.0.1:" + mail.port());
      assertThat(waiting.isNull("nextAttemptAt")).isFalse();
    } finally {
      mail.restart();
    }

    await().atMost(DELIVERY).until(() -> mail.to(to).size() == 1);
    JsonObject sent =
        await().ignoreExceptions().atMost(DELIVERY).until(() -> onlyItemFor(to), i -> sent(i));
    assertThat(sent.getInt("attempts")).isGreaterThanOrEqualTo(2);
    await()
        .during(Duration.ofSeconds(6))
        .atMost(Duration.ofSeconds(8))
        .until(() -> mail.to(to).size() == 1);
  }

  @Test
  void theOutboxListFiltersByRecipientPrefixChannelAndStatus() throws Exception {
    String to = uniqueAddress("filter");
    sendTest(to, owner);
    await().ignoreExceptions().atMost(DELIVERY).until(() -> onlyItemFor(to), i -> sent(i));

    String prefix = to.substring(0, to.indexOf('@')).toUpperCase(Locale.ROOT);
    assertThat(items("to=" + enc(prefix) + "&channel=email&status=SENT")).hasSize(1);
    assertThat(items("to=" + enc(prefix) + "&status=FAILED")).isEmpty();
    assertThat(items("to=" + enc(prefix) + "&channel=SMS")).isEmpty();
  }

  @Test
  void healthReportsTheDatabaseAndTheMailServerUp() throws Exception {
    URI health = URI.create(base.getProtocol() + "://" + base.getAuthority() + "/health");

    Map<String, JsonObject> checks =
        await()
            .ignoreExceptions()
            .atMost(DELIVERY)
            .until(() -> checks(health), c -> isUp(c, "mail"));

    assertThat(isUp(checks, "database")).isTrue();
    JsonObject data = checks.get("mail").getJsonObject("data");
    assertThat(data.getString("mode")).isEqualTo("smtp");
    assertThat(data.getString("server")).isEqualTo("127.0.0.1:" + mail.port());
    assertThat(data.containsKey("waiting")).isTrue();
    assertThat(data.containsKey("failed")).isTrue();

    URI ready = URI.create(health + "/ready");
    assertThat(checks(ready)).containsKeys("database", "mail");
    URI live = URI.create(health + "/live");
    assertThat(isUp(checks(live), "outbox-dispatcher")).isTrue();
  }

  @Test
  void agentsAndCustomersMayNotUseTheOutbox() throws Exception {
    String agent = memberWithPassword("Agent", 3, "TEAM");
    String customer = memberWithPassword("Customer", 4, "CUSTOMER");

    for (String account : List.of(agent, customer)) {
      assertThat(get("api/v1/outbox", account).statusCode()).isEqualTo(403);
      assertThat(sendTest(uniqueAddress("refused"), account).statusCode()).isEqualTo(403);
    }
  }

  @Test
  void aTestEmailToSomethingThatIsNotAnAddressIsRefusedWithTheField() throws Exception {
    HttpResponse<String> refused = sendTest("not an address", owner);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    assertThat(json(refused.body()).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("to");
  }

  @Test
  void unknownFiltersAreRefusedFieldByField() throws Exception {
    HttpResponse<String> refused = get("api/v1/outbox?channel=pigeon&status=LOST&size=x", owner);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(
            json(refused.body()).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")))
        .containsExactlyInAnyOrder("channel", "status", "size");
  }

  @Test
  void theOutboxPageIsForOwnersAndAdminsOnlyEvenByAddress() throws Exception {
    String agent = memberWithPassword("Agent", 3, "TEAM");

    assertThat(consolePage("console/settings/outbox.xhtml", owner).statusCode()).isEqualTo(200);
    assertThat(consolePage("console/settings/outbox.xhtml", agent).statusCode()).isEqualTo(403);
  }

  // --- helpers -----------------------------------------------------------------------------

  private HttpResponse<String> sendTest(String to, String account) throws Exception {
    HttpRequest request =
        authorized(HttpRequest.newBuilder(URI.create(base + "api/v1/outbox/test")), account)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"to\":\"" + to + "\"}"))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path, String account) throws Exception {
    HttpRequest request =
        authorized(HttpRequest.newBuilder(URI.create(base + path)), account).GET().build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder authorized(HttpRequest.Builder request, String account) {
    String basic = Base64.getEncoder().encodeToString(account.getBytes(StandardCharsets.UTF_8));
    return request.header("Authorization", "Basic " + basic).header("Accept", "application/json");
  }

  private HttpResponse<String> consolePage(String path, String account) throws Exception {
    return Http.send(
        Http.signedIn(base, account), HttpRequest.newBuilder(URI.create(base + path)).build());
  }

  private List<JsonObject> items(String query) throws Exception {
    HttpResponse<String> response = get("api/v1/outbox?" + query, owner);
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject page = json(response.body());
    List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);
    assertThat(page.getJsonNumber("total").longValue()).isEqualTo(items.size());
    return items;
  }

  private JsonObject onlyItemFor(String to) throws Exception {
    List<JsonObject> items = items("to=" + enc(to));
    assertThat(items).hasSize(1);
    return items.get(0);
  }

  private static boolean sent(JsonObject item) {
    return item.getString("status").equals("SENT");
  }

  private static boolean waitsAfterFailure(JsonObject item) {
    return item.getString("status").equals("PENDING")
        && item.getInt("attempts") > 0
        && !item.isNull("lastError");
  }

  private Map<String, JsonObject> checks(URI uri) throws Exception {
    HttpResponse<String> response =
        http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    return json(response.body()).getJsonArray("checks").getValuesAs(JsonObject.class).stream()
        .collect(Collectors.toMap(c -> c.getString("name"), c -> c));
  }

  private static boolean isUp(Map<String, JsonObject> checks, String name) {
    return checks.containsKey(name) && checks.get(name).getString("status").equals("UP");
  }

  private static String uniqueAddress(String purpose) {
    return purpose + "-" + UUID.randomUUID().toString().substring(0, 8) + "@roster.test";
  }

  /**
   * A member of the given built-in role who can sign in, written straight into the test database
   * (the members API is not what this test is about). Returns "email:password".
   */
  private static String memberWithPassword(String role, long roleId, String type) throws Exception {
    String email = role.toLowerCase(Locale.ROOT) + "-" + UUID.randomUUID() + "@roster.test";
    String password = "password-" + UUID.randomUUID();
    long id = 1_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
    Timestamp now = Timestamp.from(Instant.now());
    try (Connection c = TestDatabase.connect();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO member (id, name, email, email_norm, role_id, member_type, status,"
                    + " kind, password_hash, session_epoch, failed_signins, created_at,"
                    + " updated_at, version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, 'ACTIVE', 'REGULAR', ?, 0, 0, ?, ?, 0)")) {
      insert.setLong(1, id);
      insert.setString(2, role + " for the outbox test");
      insert.setString(3, email);
      insert.setString(4, email);
      insert.setLong(5, roleId);
      insert.setString(6, type);
      insert.setString(7, TestDatabase.pbkdf2(password));
      insert.setTimestamp(8, now);
      insert.setTimestamp(9, now);
      insert.executeUpdate();
    }
    return email + ":" + password;
  }
}
