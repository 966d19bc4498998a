package app.roster.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Roster's REST API called as an integrating system calls it: JSON bodies, HTTP Basic credentials
 * on every request, no session. Also moves the test deployment's clock.
 */
final class Api {

  /** The first Owner's credentials, "email:password". */
  static final String OWNER =
      System.getProperty("roster.test.admin.email")
          + ":"
          + System.getProperty("roster.test.admin.password");

  private final HttpClient client = HttpClient.newHttpClient();
  private final String base;

  Api(URL base) {
    this.base = base.toString().endsWith("/") ? base.toString() : base + "/";
  }

  HttpResponse<String> call(String method, String path, String json, String credentials)
      throws Exception {
    return call(method, path, json, credentials, null);
  }

  /** One request; {@code json} may be null (no body), {@code ifMatch} too. */
  HttpResponse<String> call(
      String method, String path, String json, String credentials, String ifMatch)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", basic(credentials))
            .header("Accept", "application/json");
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static String basic(String credentials) {
    return "Basic "
        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  /** Moves the server's clock forward by an ISO duration ("P7D"); needs withMovableClock(). */
  void advanceClock(String by) throws Exception {
    assertThat(call("POST", "api/test/clock/advance?by=" + by, null, OWNER).statusCode())
        .isEqualTo(200);
  }

  void resetClock() throws Exception {
    call("POST", "api/test/clock/reset", null, OWNER);
  }
}
