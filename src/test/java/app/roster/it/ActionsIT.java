package app.roster.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.internet.MimeMessage;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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
 * Actions as an admin and the outside world see them: a label added mails the member (through a
 * real SMTP server, GreenMail on loopback), a webhook reaches a stub HTTP server on 127.0.0.1 with
 * a valid HMAC-SHA256 signature (after one refused attempt), a condition skips, a loop is stopped
 * at the depth limit, and every run is in the action's log and the member's History.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ActionsIT {

  private static final String RUN = Api.letters(8);
  private static final String ACTIONS = "api/v1/actions";
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final ServerSetup SMTP =
      new ServerSetup(Integer.getInteger("roster.test.smtp.port", 3025), "127.0.0.1", "smtp");

  private static GreenMail mail;
  private static HttpServer receiver;
  private static final List<Received> calls = new CopyOnWriteArrayList<>();
  private static final AtomicInteger refuseNext = new AtomicInteger();

  /** One webhook call as the stub received it. */
  record Received(String signature, String delivery, String body) {}

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  @ArquillianResource URL base;

  @BeforeAll
  static void startServers() throws Exception {
    mail = new GreenMail(SMTP);
    mail.start();
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/hook",
        exchange -> {
          byte[] body = exchange.getRequestBody().readAllBytes();
          int status = 204;
          if (refuseNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            status = 503;
          }
          calls.add(
              new Received(
                  exchange.getRequestHeaders().getFirst("X-Roster-Signature"),
                  exchange.getRequestHeaders().getFirst("X-Roster-Delivery"),
                  new String(body, StandardCharsets.UTF_8)));
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
    receiver.start();
  }

  @AfterAll
  static void stopServers() {
    if (mail != null) {
      mail.stop();
    }
    if (receiver != null) {
      receiver.stop(0);
    }
  }

  @Test
  void aLabelAddedMailsTheMemberAndTheRunIsLoggedAndInHistory() throws Exception {
    String label = "Welcome " + RUN;
    label(label);
    long action =
        create(
            action(
                "Welcome mail " + RUN,
                "labelAdded",
                label,
                "member.type == 'customer'",
                step("email")
                    .add("subject", "Hello {{member.name}}")
                    .add("body", "Welcome aboard, {{ member.name }} ({{label}}).")));
    String email = "wendy." + RUN + "@roster.test";
    long wendy = member("Wendy Welcome", email, "Customer");
    long agent = member("Andy Agent", "andy." + RUN + "@roster.test", "Agent");

    labelMember(wendy, label);
    labelMember(agent, label);

    MimeMessage sent = await().atMost(PATIENCE).until(() -> mailTo(email), m -> m != null);
    assertThat(sent.getSubject()).isEqualTo("Hello Wendy Welcome");
    assertThat(sent.getContent().toString())
        .contains("Welcome aboard, Wendy Welcome (" + label + ").");
    List<JsonObject> runs = await().atMost(PATIENCE).until(() -> runs(action), r -> r.size() == 2);
    assertThat(runs)
        .anySatisfy(
            r -> {
              assertThat(r.getJsonNumber("memberId").longValue()).isEqualTo(wendy);
              assertThat(r.getString("outcome")).isEqualTo("DONE");
            })
        .anySatisfy(
            r -> {
              assertThat(r.getJsonNumber("memberId").longValue()).isEqualTo(agent);
              assertThat(r.getString("outcome")).isEqualTo("SKIPPED");
            });
    assertThat(mailTo("andy." + RUN + "@roster.test")).isNull();
    JsonArray history =
        Api.object(send("GET", "api/v1/members/" + wendy + "/history", null)).getJsonArray("items");
    assertThat(history.stream().map(e -> e.asJsonObject().getString("action")))
        .contains("action.ran", "label.added");
  }

  @Test
  void aWebhookIsSignedAndRetriedThroughTheOutbox() throws Exception {
    String label = "Hook " + RUN;
    label(label);
    String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    JsonObject created =
        Api.object(
            send(
                "POST",
                ACTIONS,
                action("Hook " + RUN, "labelAdded", label, null, step("webhook").add("url", url))
                    .toString()));
    String secret = created.getString("secret");
    long hooked = member("Hanna Hook", "hanna." + RUN + "@roster.test", "Customer");
    refuseNext.set(1);
    int before = calls.size();

    labelMember(hooked, label);

    await().atMost(PATIENCE).until(() -> calls.size() >= before + 2);
    Received refused = calls.get(before);
    Received delivered = calls.get(before + 1);
    assertThat(delivered.delivery()).isEqualTo(refused.delivery());
    assertThat(delivered.signature()).isEqualTo(sign(secret, delivered.body()));
    JsonObject event = Http.json(delivered.body());
    assertThat(event.getString("event")).isEqualTo("labelAdded");
    assertThat(event.getString("label")).isEqualTo(label);
    assertThat(event.getJsonObject("member").getJsonNumber("id").longValue()).isEqualTo(hooked);
    assertThat(event.getJsonObject("member").getJsonArray("labels").getString(0)).isEqualTo(label);
    assertThat(sign("not the secret", delivered.body())).isNotEqualTo(delivered.signature());
  }

  @Test
  void anActionThatKeepsReAddingALabelIsStoppedAtTheDepthLimit() throws Exception {
    String label = "Ping " + RUN;
    label(label);
    long action =
        create(
            action(
                "Ping pong " + RUN,
                "labelAdded",
                label,
                null,
                step("removeLabel").add("label", label),
                step("addLabel").add("label", label)));
    long member = member("Lou Loop", "lou." + RUN + "@roster.test", "Customer");

    labelMember(member, label);

    List<JsonObject> runs =
        await()
            .atMost(PATIENCE)
            .until(
                () -> runs(action),
                r -> r.stream().anyMatch(x -> x.getString("outcome").equals("STOPPED")));
    Thread.sleep(3000);
    runs = runs(action);
    assertThat(runs).hasSize(6);
    assertThat(runs.stream().filter(r -> r.getString("outcome").equals("DONE"))).hasSize(5);
    JsonObject stopped =
        runs.stream().filter(r -> r.getString("outcome").equals("STOPPED")).findFirst().get();
    assertThat(stopped.getInt("depth")).isEqualTo(6);
    assertThat(stopped.getString("detail")).contains("deeper than 5");
    assertThat(
            Http.json(
                    "{\"a\":"
                        + send("GET", "api/v1/members/" + member + "/labels", null).body()
                        + "}")
                .getJsonArray("a")
                .getString(0))
        .isEqualTo(label);
  }

  @Test
  void mistakesAreRefusedWithTheirField() throws Exception {
    HttpResponse<String> badCondition =
        send(
            "POST",
            ACTIONS,
            action(
                    "Bad " + RUN,
                    "memberCreated",
                    null,
                    "member.agee > 3",
                    step("email").add("subject", "Hi {{member.nickname}}").add("body", "x"))
                .toString());

    assertThat(badCondition.statusCode()).isEqualTo(400);
    List<String> fields =
        Api.object(badCondition).getJsonArray("errors").stream()
            .map(
                e ->
                    e.asJsonObject().getString("field")
                        + ": "
                        + e.asJsonObject().getString("message"))
            .toList();
    assertThat(fields)
        .anySatisfy(f -> assertThat(f).startsWith("condition: line 1, column 7: "))
        .anySatisfy(f -> assertThat(f).startsWith("steps[0].subject: ").contains("nickname"));

    HttpResponse<String> noSteps =
        send("POST", ACTIONS, action("Empty " + RUN, "labelAdded", null, null).toString());
    assertThat(noSteps.statusCode()).isEqualTo(400);
    HttpResponse<String> badUrl =
        send(
            "POST",
            ACTIONS,
            action("Ftp " + RUN, "labelAdded", null, null, step("webhook").add("url", "ftp://x"))
                .toString());
    assertThat(Api.object(badUrl).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("steps[0].url");
  }

  @Test
  void aCustomerIsRefused() throws Exception {
    String email = "carl." + RUN + "@roster.test";
    member("Carl Customer", email, "Customer");
    TestDatabase.givePassword(email, "carl-password-" + RUN);

    HttpResponse<String> list = send("GET", ACTIONS, null, email + ":carl-password-" + RUN);

    assertThat(list.statusCode()).isEqualTo(403);
  }

  @Test
  void theEditorChecksTheConditionAndSavesAnEmailStep() throws Exception {
    String label = "Greet " + RUN;
    label(label);
    Browser browser = Browser.open(base);
    try {
      browser.go("signin.xhtml");
      browser
          .type("email", System.getProperty("roster.test.admin.email"))
          .type("password", System.getProperty("roster.test.admin.password"))
          .clickThrough("submit");
      browser.go("console/settings/actions.xhtml");
      browser.click("actions:newAction");
      browser.type("editor:name", "Greeting " + RUN);
      browser.choose("editor:label", label);
      browser.type("editor:condition", "member.tpye == 'customer'");

      assertThat(browser.waitForText("editor:check", "line 1, column")).contains("tpye");

      browser.type("editor:condition", "member.type == 'customer'");
      browser.until(() -> browser.text("editor:check").isBlank());
      browser.type("editor:step:0:subject", "Hello {{member.name}}");
      browser.type("editor:step:0:body", "Nice to meet you.");
      browser.click("editor:save");
      browser.waitForGrowl("Greeting " + RUN);
      browser.until(() -> browser.text("list:table").contains("Greeting " + RUN));
      assertThat(browser.text("editor:secret")).contains("sha256=");
      assertThat(browser.text("list:table")).contains(label);
      browser.screenshot("action-editor");
    } finally {
      browser.close();
    }
  }

  // Arranging

  private static JsonObjectBuilder step(String type) {
    return Json.createObjectBuilder().add("type", type);
  }

  private static JsonObject action(
      String name, String trigger, String label, String condition, JsonObjectBuilder... steps) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    Arrays.stream(steps).forEach(array::add);
    JsonObjectBuilder json =
        Json.createObjectBuilder().add("name", name).add("trigger", trigger).add("steps", array);
    if (label != null) {
      json.add("label", label);
    }
    if (condition != null) {
      json.add("condition", condition);
    }
    return json.build();
  }

  private long create(JsonObject action) throws Exception {
    HttpResponse<String> created = send("POST", ACTIONS, action.toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Api.object(created).getJsonNumber("id").longValueExact();
  }

  private List<JsonObject> runs(long action) throws Exception {
    JsonArray items =
        Api.object(send("GET", ACTIONS + "/" + action + "/runs?size=200", null))
            .getJsonArray("items");
    List<JsonObject> runs = new ArrayList<>();
    items.forEach(r -> runs.add(r.asJsonObject()));
    return runs;
  }

  private void label(String name) throws Exception {
    HttpResponse<String> created =
        send(
            "POST",
            "api/v1/labels",
            Json.createObjectBuilder().add("name", name).build().toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
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

  private void labelMember(long id, String label) throws Exception {
    HttpResponse<String> added =
        send(
            "POST",
            "api/v1/members/" + id + "/labels/" + Http.enc(label).replace("+", "%20"),
            null);
    assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
  }

  private static MimeMessage mailTo(String address) throws Exception {
    for (MimeMessage m : mail.getReceivedMessages()) {
      if (Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().contains(address))) {
        return m;
      }
    }
    return null;
  }

  private static String sign(String secret, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
  }

  // HTTP

  private HttpResponse<String> send(String method, String path, String json) throws Exception {
    return send(method, path, json, Api.OWNER);
  }

  private HttpResponse<String> send(String method, String path, String json, String credentials)
      throws Exception {
    return Api.at(base).send(method, path, json, credentials);
  }
}
