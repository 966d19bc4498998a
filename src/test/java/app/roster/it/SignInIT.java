package app.roster.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Signing in and out, as a browser and as an API client would, and what strangers get. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInIT {

  private static final String OWNER = System.getProperty("roster.test.admin.email");
  private static final String OWNER_PASSWORD = System.getProperty("roster.test.admin.password");
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return RosterDeployment.withMovableClock();
  }

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void apiWithoutCredentialsIsRefusedWithAProblem() throws Exception {
    HttpResponse<String> response = get("api/v1/members", null);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
  }

  @Test
  void consoleSendsStrangersToSignIn() throws Exception {
    HttpResponse<String> response = get("console/members/index.xhtml", null);

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(v -> assertThat(v).contains("/signin.xhtml?next="));
  }

  @Test
  void unknownEmailAndWrongPasswordReadTheSame() throws Exception {
    HttpResponse<String> unknown =
        get("api/v1/members", "nobody-" + UUID.randomUUID() + "@x.test:pw");
    HttpResponse<String> wrong = get("api/v1/members", OWNER + ":not-the-password");

    assertThat(unknown.statusCode()).isEqualTo(401);
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(unknown.body()).isEqualTo(wrong.body());
  }

  @Test
  void signInWorksWithTheEmailInAnyCaseAndGivesANewSession() throws Exception {
    HttpClient browser = browser();
    String page =
        send(browser, HttpRequest.newBuilder(URI.create(base + "signin.xhtml")).build()).body();
    String before = sessionId(browser);

    HttpResponse<String> signedIn = postSignIn(browser, page, OWNER.toUpperCase(), OWNER_PASSWORD);

    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location"))
        .hasValueSatisfying(v -> assertThat(v).endsWith("/console/members/index.xhtml"));
    assertThat(sessionId(browser)).isNotNull().isNotEqualTo(before);
    HttpResponse<String> console =
        send(
            browser,
            HttpRequest.newBuilder(URI.create(base + "console/members/index.xhtml")).build());
    assertThat(console.statusCode()).isEqualTo(200);
  }

  @Test
  void aWrongPasswordOnTheFormShowsAGenericError() throws Exception {
    HttpClient browser = browser();
    String page =
        send(browser, HttpRequest.newBuilder(URI.create(base + "signin.xhtml")).build()).body();

    HttpResponse<String> refused = postSignIn(browser, page, OWNER, "wrong-password");

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("The email or password is not right");
  }

  @Test
  void fiveWrongPasswordsRestTheAccountFor15Minutes() throws Exception {
    String email = "lockout-" + UUID.randomUUID() + "@roster.test";
    String password = "the-right-password-1";
    HttpResponse<String> created =
        send(
            http,
            HttpRequest.newBuilder(URI.create(base + "api/v1/members"))
                .header("Authorization", basic(OWNER + ":" + OWNER_PASSWORD))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"Lou Locked\",\"email\":\"" + email + "\",\"role\":\"Agent\"}"))
                .build());
    assertThat(created.statusCode()).isEqualTo(201);
    TestDatabase.givePassword(email, password);
    assertThat(get("api/v1/members?size=1", email + ":" + password).statusCode()).isEqualTo(200);

    for (int i = 0; i < 5; i++) {
      assertThat(get("api/v1/members?size=1", email + ":wrong-" + i).statusCode()).isEqualTo(401);
    }
    HttpResponse<String> whileResting = get("api/v1/members?size=1", email + ":" + password);
    HttpResponse<String> wrong = get("api/v1/members?size=1", email + ":wrong-again");
    advanceClock("PT15M1S");
    HttpResponse<String> afterwards = get("api/v1/members?size=1", email + ":" + password);

    assertThat(whileResting.statusCode()).isEqualTo(401);
    assertThat(whileResting.body()).isEqualTo(wrong.body());
    assertThat(afterwards.statusCode()).isEqualTo(200);
  }

  @Test
  void aRoleChangeEndsTheMembersOpenConsoleSession() throws Exception {
    String email = "demoted-" + UUID.randomUUID() + "@roster.test";
    String password = "the-agents-password-1";
    HttpResponse<String> created = addMember("Dee Moted", email, "Agent");
    assertThat(created.statusCode()).isEqualTo(201);
    TestDatabase.givePassword(email, password);
    HttpClient browser = browser();
    String page =
        send(browser, HttpRequest.newBuilder(URI.create(base + "signin.xhtml")).build()).body();
    assertThat(postSignIn(browser, page, email, password).statusCode()).isEqualTo(302);
    URI console = URI.create(base + "console/members/index.xhtml");
    assertThat(send(browser, HttpRequest.newBuilder(console).build()).statusCode()).isEqualTo(200);

    String id = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
    String version = created.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> demoted =
        send(
            http,
            HttpRequest.newBuilder(URI.create(base + "api/v1/members/" + id))
                .header("Authorization", basic(OWNER + ":" + OWNER_PASSWORD))
                .header("Content-Type", "application/merge-patch+json")
                .header("If-Match", version)
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"role\":\"Customer\"}"))
                .build());
    assertThat(demoted.statusCode()).isEqualTo(200);

    HttpResponse<String> afterwards = send(browser, HttpRequest.newBuilder(console).build());
    assertThat(afterwards.statusCode()).isEqualTo(302);
    assertThat(afterwards.headers().firstValue("Location"))
        .hasValueSatisfying(v -> assertThat(v).contains("/signin.xhtml"));
  }

  private HttpResponse<String> addMember(String name, String email, String role) throws Exception {
    return send(
        http,
        HttpRequest.newBuilder(URI.create(base + "api/v1/members"))
            .header("Authorization", basic(OWNER + ":" + OWNER_PASSWORD))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"name\":\""
                        + name
                        + "\",\"email\":\""
                        + email
                        + "\",\"role\":\""
                        + role
                        + "\"}"))
            .build());
  }

  private void advanceClock(String by) throws Exception {
    HttpResponse<String> moved =
        send(
            http,
            HttpRequest.newBuilder(URI.create(base + "api/test/clock/advance?by=" + by))
                .header("Authorization", basic(OWNER + ":" + OWNER_PASSWORD))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(moved.statusCode()).isEqualTo(200);
  }

  private static String basic(String credentials) {
    return "Basic "
        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> postSignIn(
      HttpClient browser, String page, String email, String password) throws Exception {
    Matcher state = VIEW_STATE.matcher(page);
    assertThat(state.find()).as("the sign-in page has a view state").isTrue();
    String form =
        "signin=signin&email="
            + enc(email)
            + "&password="
            + enc(password)
            + "&submit="
            + "&jakarta.faces.ViewState="
            + enc(state.group(1));
    return send(
        browser,
        HttpRequest.newBuilder(URI.create(base + "signin.xhtml"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
  }

  private HttpClient browser() {
    return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  }

  private static String sessionId(HttpClient browser) {
    return ((CookieManager) browser.cookieHandler().orElseThrow())
        .getCookieStore().getCookies().stream()
            .filter(c -> c.getName().equals("JSESSIONID"))
            .map(HttpCookie::getValue)
            .findFirst()
            .orElse(null);
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest request)
      throws Exception {
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private HttpResponse<String> get(String path, String basic) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    if (basic != null) {
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
