package app.roster.it;

import static org.assertj.core.api.Assertions.assertThat;

import app.roster.experiments.Bucketing;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Assignments outlive the server: members assigned on one deployment keep group and time after the
 * WAR is undeployed and deployed again (a fresh Payara Micro on the same database), even with new
 * weights, and a member first asked about after the redeploy gets the group the client computes
 * from the key and the member id alone. The steps run in order, deploying by hand.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExperimentsRedeployIT {

  private static final String DEPLOYMENT = "roster";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String RUN = randomLetters(8);
  private static final String KEY = "redeploy-" + RUN;

  private static final Map<Long, JsonObject> assigned = new LinkedHashMap<>();
  private static final List<Long> unasked = new ArrayList<>();

  @Deployment(name = DEPLOYMENT, managed = false, testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  @ArquillianResource Deployer deployer;

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private final String owner =
      System.getProperty("roster.test.admin.email")
          + ":"
          + System.getProperty("roster.test.admin.password");

  @Test
  @Order(1)
  void deployTheFirstTime() {
    deployer.deploy(DEPLOYMENT);
  }

  @Test
  @Order(2)
  void membersAreAssignedOnTheFirstDeployment(
      @ArquillianResource @OperateOnDeployment(DEPLOYMENT) URL base) throws Exception {
    HttpResponse<String> created = send(base, "POST", "api/v1/experiments", experiment(50, 50));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    for (int i = 0; i < 8; i++) {
      long id = member(base, "Rex Redeploy" + i, "rex" + i + "." + RUN + "@roster.test");
      JsonObject answer = assign(base, id);
      assertThat(answer.getString("group")).isEqualTo(expected(id, 50, 50));
      assigned.put(id, answer);
    }
    for (int i = 0; i < 4; i++) {
      unasked.add(member(base, "Uma Unasked" + i, "uma" + i + "." + RUN + "@roster.test"));
    }
  }

  @Test
  @Order(3)
  void redeploy() {
    deployer.undeploy(DEPLOYMENT);
    deployer.deploy(DEPLOYMENT);
  }

  @Test
  @Order(4)
  void groupsAreStickyAndDeterministicAfterTheRedeploy(
      @ArquillianResource @OperateOnDeployment(DEPLOYMENT) URL base) throws Exception {
    assertThat(assigned).isNotEmpty();
    for (long id : unasked) {
      assertThat(assign(base, id).getString("group")).isEqualTo(expected(id, 50, 50));
    }
    HttpResponse<String> current = send(base, "GET", "api/v1/experiments/" + KEY, null);
    HttpResponse<String> patched =
        send(
            base,
            "PATCH",
            "api/v1/experiments/" + KEY,
            "{\"groups\": " + groups(100, 0) + "}",
            "If-Match",
            current.headers().firstValue("ETag").orElseThrow());
    assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);

    for (Map.Entry<Long, JsonObject> before : assigned.entrySet()) {
      JsonObject now = assign(base, before.getKey());
      assertThat(now.getString("group")).isEqualTo(before.getValue().getString("group"));
      assertThat(now.getString("assignedAt")).isEqualTo(before.getValue().getString("assignedAt"));
    }
  }

  @Test
  @Order(5)
  void undeploy() {
    deployer.undeploy(DEPLOYMENT);
  }

  private static String expected(long member, int control, int variant) {
    return List.of("control", "variant")
        .get(Bucketing.groupIndex(KEY, member, List.of(control, variant)));
  }

  private static String experiment(int control, int variant) {
    return Json.createObjectBuilder()
        .add("key", KEY)
        .add("name", "Redeploy " + RUN)
        .add("status", "running")
        .add("groups", groups(control, variant))
        .build()
        .toString();
  }

  private static JsonArray groups(int control, int variant) {
    return Json.createArrayBuilder()
        .add(Json.createObjectBuilder().add("name", "control").add("weight", control))
        .add(Json.createObjectBuilder().add("name", "variant").add("weight", variant))
        .build();
  }

  private JsonObject assign(URL base, long member) throws Exception {
    HttpResponse<String> answer =
        send(
            base,
            "POST",
            "api/v1/experiments/" + KEY + "/assignments",
            "{\"memberId\": " + member + "}");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return Http.json(answer.body());
  }

  private long member(URL base, String name, String email) throws Exception {
    String body =
        Json.createObjectBuilder()
            .add("name", name)
            .add("email", email)
            .add("role", "Customer")
            .build()
            .toString();
    HttpResponse<String> created = send(base, "POST", "api/v1/members", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Http.json(created.body()).getJsonNumber("id").longValueExact();
  }

  private HttpResponse<String> send(
      URL base, String method, String path, String json, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    request.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    request.header(
        "Authorization",
        "Basic " + Base64.getEncoder().encodeToString(owner.getBytes(StandardCharsets.UTF_8)));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String randomLetters(int count) {
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < count; i++) {
      letters.append((char) ('a' + RANDOM.nextInt(26)));
    }
    return letters.toString();
  }
}
