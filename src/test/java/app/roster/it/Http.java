package app.roster.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The small HTTP and JSON steps black-box tests share: a cookie-keeping client and friends. */
final class Http {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

  private Http() {}

  /** A client that keeps cookies, as a browser keeps its session. */
  static HttpClient browser() {
    return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  }

  /**
   * A cookie-keeping client signed in through the sign-in form, as a person in a browser is; {@code
   * account} is "email:password".
   */
  static HttpClient signedIn(URL base, String account) throws Exception {
    HttpClient client = browser();
    String signIn = base + "signin.xhtml";
    String form = send(client, HttpRequest.newBuilder(URI.create(signIn)).build()).body();
    Matcher viewState = VIEW_STATE.matcher(form);
    assertThat(viewState.find()).as("the sign-in form has a view state").isTrue();
    int colon = account.indexOf(':');
    String fields =
        "signin=signin&submit=submit&email="
            + enc(account.substring(0, colon))
            + "&password="
            + enc(account.substring(colon + 1))
            + "&jakarta.faces.ViewState="
            + enc(viewState.group(1));
    HttpResponse<String> signedIn =
        send(
            client,
            HttpRequest.newBuilder(URI.create(signIn))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields))
                .build());
    assertThat(signedIn.statusCode()).as("signed in and sent on").isEqualTo(302);
    return client;
  }

  static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A step that may throw, for lambdas such as Awaitility conditions. */
  interface Failing<T> {
    T get() throws Exception;
  }

  static <T> T quietly(Failing<T> action) {
    try {
      return action.get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
