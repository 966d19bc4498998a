package app.roster.it.sms;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A stand-in for an SMS provider's HTTP API on 127.0.0.1, started by the test: it takes POSTs of
 * the form fields To, From and Body, answers 201 with a small JSON body as providers do, and
 * records every request it received (fields and Authorization header). A test can make it answer
 * other statuses for one number first, to see retries and refusals.
 */
public final class SmsStub implements AutoCloseable {

  /** One request as the stub received it. */
  public record Received(String path, String authorization, Map<String, String> fields) {
    public String to() {
      return fields.get("To");
    }

    public String from() {
      return fields.get("From");
    }

    public String body() {
      return fields.get("Body");
    }
  }

  private final HttpServer server;
  private final List<Received> received = new ArrayList<>();
  private final Map<String, Deque<Integer>> answers = new ConcurrentHashMap<>();

  private SmsStub(HttpServer server) {
    this.server = server;
  }

  public static SmsStub start() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    SmsStub stub = new SmsStub(server);
    server.createContext("/", stub::handle);
    server.start();
    return stub;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The address the server should post to, with a path shaped like a provider's. */
  public String url() {
    return "http://127.0.0.1:" + port() + "/2010-04-01/Accounts/ACtest/Messages.json";
  }

  /** Makes the stub answer these statuses, in order, to the next messages for {@code to}. */
  public void answer(String to, Integer... statuses) {
    answers.computeIfAbsent(to, k -> new ArrayDeque<>()).addAll(List.of(statuses));
  }

  public synchronized List<Received> received() {
    return List.copyOf(received);
  }

  public List<Received> receivedFor(String to) {
    return received().stream().filter(r -> to.equals(r.to())).toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    Map<String, String> fields = parse(body);
    synchronized (this) {
      received.add(
          new Received(
              exchange.getRequestURI().getPath(),
              exchange.getRequestHeaders().getFirst("Authorization"),
              fields));
    }
    boolean post = "POST".equals(exchange.getRequestMethod());
    Deque<Integer> planned = answers.get(String.valueOf(fields.get("To")));
    Integer next = planned == null ? null : planned.pollFirst();
    int status = !post ? 405 : next == null ? 201 : next;
    byte[] answer =
        (status == 201
                ? "{\"sid\":\"SMstub\",\"status\":\"queued\"}"
                : "{\"code\":" + status + ",\"message\":\"stub says no\"}")
            .getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, answer.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(answer);
    }
  }

  private static Map<String, String> parse(String form) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String pair : form.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      fields.put(
          URLDecoder.decode(key, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return fields;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
