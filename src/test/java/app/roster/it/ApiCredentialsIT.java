package app.roster.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API remembers a verified email and password for a minute instead of running PBKDF2 on every
 * call; what a client sees must not change: a new password, a new role or a wrong password count at
 * the very next request.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiCredentialsIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.war();
  }

  @ArquillianResource URL base;

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private final String owner =
      System.getProperty("roster.test.admin.email")
          + ":"
          + System.getProperty("roster.test.admin.password");

  @Test
  void aNewPasswordEndsTheRememberedOneAtTheNextCall() throws Exception {
    String email = agent("newpassword");
    TestDatabase.givePassword(email, "first-password-1");
    assertThat(list(email + ":first-password-1")).isEqualTo(200);
    assertThat(list(email + ":first-password-1")).isEqualTo(200);

    TestDatabase.givePassword(email, "second-password-2");

    assertThat(list(email + ":first-password-1")).isEqualTo(401);
    assertThat(list(email + ":second-password-2")).isEqualTo(200);
  }

  @Test
  void aWrongPasswordIsRefusedWhileTheRightOneIsRemembered() throws Exception {
    String email = agent("wrong");
    TestDatabase.givePassword(email, "right-password-1");
    assertThat(list(email + ":right-password-1")).isEqualTo(200);

    assertThat(list(email + ":right-password-2")).isEqualTo(401);
    assertThat(list(email.toUpperCase(Locale.ROOT) + ":right-password-1")).isEqualTo(200);
  }

  @Test
  void aRoleChangeCountsAtTheNextCall() throws Exception {
    String email = agent("role");
    TestDatabase.givePassword(email, "agent-password-1");
    assertThat(list(email + ":agent-password-1")).isEqualTo(200);

    long id = idOf(email);
    HttpResponse<String> patched =
        send(
            owner,
            HttpRequest.newBuilder(uri("api/v1/members/" + id))
                .header("Content-Type", "application/merge-patch+json")
                .header("If-Match", "*")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"role\": \"Customer\"}")));
    assertThat(patched.statusCode()).isEqualTo(200);

    assertThat(list(email + ":agent-password-1")).isEqualTo(403);
  }

  private String agent(String what) throws Exception {
    String email = "cache." + what + "." + RUN + "@roster.test";
    String body =
        Json.createObjectBuilder()
            .add("name", "Cache " + what)
            .add("email", email)
            .add("role", "Agent")
            .build()
            .toString();
    HttpResponse<String> created =
        send(
            owner,
            HttpRequest.newBuilder(uri("api/v1/members"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    assertThat(created.statusCode()).isEqualTo(201);
    return email;
  }

  private long idOf(String email) throws Exception {
    HttpResponse<String> found =
        send(owner, HttpRequest.newBuilder(uri("api/v1/members?q=" + email)).GET());
    return Http.json(found.body())
        .getJsonArray("items")
        .getJsonObject(0)
        .getJsonNumber("id")
        .longValueExact();
  }

  private int list(String credentials) throws Exception {
    return send(credentials, HttpRequest.newBuilder(uri("api/v1/members?size=1")).GET())
        .statusCode();
  }

  private HttpResponse<String> send(String credentials, HttpRequest.Builder request)
      throws Exception {
    String basic = Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    return http.send(
        request
            .header("Authorization", "Basic " + basic)
            .header("Accept", "application/json")
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create(base.toString() + path);
  }
}
