package app.roster.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** The small HTTP and JSON steps black-box tests share: a cookie-keeping client and friends. */
final class Http {

  private Http() {}

  /** A client that keeps cookies, as a browser keeps its session. */
  static HttpClient browser() {
    return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
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
