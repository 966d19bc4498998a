package app.roster.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A REST client for black-box tests of /api/v1, called as an integrating system calls it: HTTP
 * Basic credentials ("email:password") on every request, no session; send JSON, read JSON and
 * problem+json, arrange members with a password, and move the test deployment's clock.
 */
final class Api {

  static final String OWNER =
      System.getProperty("roster.test.admin.email")
          + ":"
          + System.getProperty("roster.test.admin.password");

  private static final SecureRandom RANDOM = new SecureRandom();

  private static final Map<String, Api> CLIENTS = new java.util.concurrent.ConcurrentHashMap<>();

  private final URL base;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  Api(URL base) {
    this.base = base;
  }

  /** The one client of the deployment at {@code base}, shared by the tests of a class. */
  static Api at(URL base) {
    return CLIENTS.computeIfAbsent(base.toString(), b -> new Api(base));
  }

  /** Header names and values given in pairs ("If-Match", "\"3\""), as a map. */
  static Map<String, String> headers(String... pairs) {
    Map<String, String> headers = new java.util.LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      headers.put(pairs[i], pairs[i + 1]);
    }
    return headers;
  }

  HttpResponse<String> send(String method, String path, String json) throws Exception {
    return send(method, path, json, OWNER, Map.of());
  }

  HttpResponse<String> send(String method, String path, String json, String credentials)
      throws Exception {
    return send(method, path, json, credentials, Map.of());
  }

  HttpResponse<String> send(
      String method, String path, String json, String credentials, Map<String, String> headers)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    headers.forEach(request::header);
    request.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (credentials != null) {
      request.header("Authorization", basic(credentials));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** One request; {@code json} and {@code ifMatch} may be null. */
  HttpResponse<String> call(
      String method, String path, String json, String credentials, String ifMatch)
      throws Exception {
    Map<String, String> headers = new java.util.HashMap<>();
    headers.put("Accept", "application/json");
    if (ifMatch != null) {
      headers.put("If-Match", ifMatch);
    }
    return send(method, path, json, credentials, headers);
  }

  HttpResponse<String> call(String method, String path, String json, String credentials)
      throws Exception {
    return call(method, path, json, credentials, null);
  }

  /** Moves the server's clock forward by an ISO duration ("P7D"); needs withMovableClock(). */
  void advanceClock(String by) throws Exception {
    assertThat(call("POST", "api/test/clock/advance?by=" + by, null, OWNER).statusCode())
        .isEqualTo(200);
  }

  void resetClock() throws Exception {
    call("POST", "api/test/clock/reset", null, OWNER);
  }

  /** Sends as the Owner and expects this status; answers the body when it is a JSON object. */
  JsonObject expect(int status, String method, String path, String json) throws Exception {
    HttpResponse<String> response = send(method, path, json);
    assertThat(response.statusCode())
        .as(method + " " + path + ": " + response.body())
        .isEqualTo(status);
    return response.body().strip().startsWith("{") ? object(response) : null;
  }

  /** A new member with this role, added by the Owner. */
  JsonObject addMember(String name, String email, String role) throws Exception {
    String body =
        Json.createObjectBuilder()
            .add("name", name)
            .add("email", email)
            .add("role", role)
            .build()
            .toString();
    return expect(201, "POST", "api/v1/members", body);
  }

  /** A new member with this role who can sign in; answers "email:password". */
  String memberWithPassword(String name, String email, String role) throws Exception {
    addMember(name, email, role);
    String password = "password-" + letters(12);
    TestDatabase.givePassword(email.toLowerCase(java.util.Locale.ROOT), password);
    return email + ":" + password;
  }

  static String basic(String credentials) {
    return "Basic "
        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  static JsonObject object(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  static JsonArray array(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).readArray();
  }

  static List<String> strings(JsonArray array) {
    return array.getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  /** The problem+json body of a response with this status. */
  static JsonObject problem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    JsonObject problem = object(response);
    assertThat(problem.getInt("status")).isEqualTo(status);
    return problem;
  }

  static List<String> fieldsOf(JsonObject problem) {
    return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
        .map(error -> error.isNull("field") ? null : error.getString("field"))
        .toList();
  }

  static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String letters(int length) {
    StringBuilder letters = new StringBuilder();
    for (int i = 0; i < length; i++) {
      letters.append((char) ('a' + RANDOM.nextInt(26)));
    }
    return letters.toString();
  }
}
