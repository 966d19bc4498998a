package app.roster.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * What the scenarios share: an HTTP client signed in as the benchmark's Owner (HTTP Basic, as a
 * real API client), timed request loops, and the database for arranging data no endpoint creates
 * (overdue invitations). Times are taken at the client on loopback, so they hold the server's time
 * plus well under a millisecond of HTTP.
 */
final class Harness implements AutoCloseable {

  final Benchmark.Options options;
  final String runTag = Long.toString(System.currentTimeMillis(), 36);
  private final AtomicLong serial = new AtomicLong();
  private final ExecutorService pool;
  private final HttpClient client;
  private final String authorization;

  Harness(Benchmark.Options options) {
    this.options = options;
    // The client loops get a pool of their own: sharing the HTTP client's executor with loops
    // that block on its answers would leave it no thread to deliver them.
    this.pool = Executors.newFixedThreadPool(options.clients() + 2);
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (options.user() + ":" + options.password()).getBytes(StandardCharsets.UTF_8));
  }

  /** A count scaled by --scale (the smoke test runs everything a few times only). */
  int scaled(int count) {
    return Math.max(2, (int) Math.round(count * options.scale()));
  }

  /** The size of the sweep and the bulk invite, scaled by --work-scale. */
  int scaledWork(int count) {
    return Math.max(2, (int) Math.round(count * options.workScale()));
  }

  Duration scaled(Duration duration) {
    return Duration.ofMillis(Math.max(500, (long) (duration.toMillis() * options.scale())));
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(options.baseUrl() + path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", authorization)
        .header("Accept", "application/json");
  }

  HttpRequest get(String path) {
    return request(path).GET().build();
  }

  HttpResponse<String> send(HttpRequest request) throws Exception {
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  JsonObject getJson(String path) throws Exception {
    HttpResponse<String> response = send(get(path));
    if (response.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + response.statusCode());
    }
    return Json.createReader(new StringReader(response.body())).readObject();
  }

  /**
   * Waits until the API answers the benchmark's Owner (the web app deploys after the port opens).
   */
  void awaitReady(Duration patience) throws Exception {
    long deadline = System.nanoTime() + patience.toNanos();
    while (true) {
      int status;
      try {
        status = send(get("/api/v1/members?size=1")).statusCode();
      } catch (java.io.IOException e) {
        status = 0;
      }
      if (status == 200) {
        return;
      }
      if (status == 401 || status == 403) {
        throw new IllegalStateException(
            "The server refuses " + options.user() + " (" + status + "): see --user/--password");
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("The server did not answer 200 in time (" + status + ")");
      }
      Thread.sleep(1000);
    }
  }

  /** A number no other call in this run returns, for the emails of members the run creates. */
  long nextSerial() {
    return serial.incrementAndGet();
  }

  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** {@code count} requests one after the other (after a short warm-up), in every round. */
  Stats sequential(int count, Supplier<HttpRequest> requests) throws Exception {
    List<Stats> rounds = new ArrayList<>();
    for (int round = 0; round < options.rounds(); round++) {
      for (int i = 0; i < Math.max(1, count / 5); i++) {
        send(requests.get());
      }
      long[] nanos = new long[count];
      int errors = 0;
      long start = System.nanoTime();
      for (int i = 0; i < count; i++) {
        HttpRequest request = requests.get();
        long t0 = System.nanoTime();
        HttpResponse<String> response = send(request);
        nanos[i] = System.nanoTime() - t0;
        if (response.statusCode() >= 300) {
          errors++;
        }
      }
      rounds.add(Stats.of(nanos, errors, (System.nanoTime() - start) / 1e9));
    }
    return Stats.medianOf(rounds);
  }

  /** {@code clients} loops sending requests for {@code duration}, in every round. */
  Stats concurrent(int clients, Duration duration, Supplier<HttpRequest> requests)
      throws Exception {
    List<Stats> rounds = new ArrayList<>();
    for (int round = 0; round < options.rounds(); round++) {
      for (int i = 0; i < clients; i++) {
        send(requests.get());
      }
      rounds.add(window(clients, duration, requests).stats());
    }
    return Stats.medianOf(rounds);
  }

  /**
   * One timed window, without warm-up: {@code clients} loops sending requests for {@code duration}.
   * A request that fails at the client (a timeout, a reset connection) counts as an error instead
   * of ending the window, so a long run keeps what it measured.
   */
  Sample window(int clients, Duration duration, Supplier<HttpRequest> requests) throws Exception {
    long start = System.nanoTime();
    long deadline = start + duration.toNanos();
    List<Future<long[]>> loops = new ArrayList<>();
    int[] errors = new int[clients];
    for (int c = 0; c < clients; c++) {
      int client = c;
      loops.add(
          pool.submit(
              () -> {
                LongList nanos = new LongList();
                while (System.nanoTime() < deadline) {
                  HttpRequest request = requests.get();
                  long t0 = System.nanoTime();
                  boolean failed;
                  try {
                    failed = send(request).statusCode() >= 300;
                  } catch (java.io.IOException e) {
                    failed = true;
                  }
                  nanos.add(System.nanoTime() - t0);
                  if (failed) {
                    errors[client]++;
                  }
                }
                return nanos.toArray();
              }));
    }
    LongList all = new LongList();
    for (Future<long[]> loop : loops) {
      for (long n : loop.get()) {
        all.add(n);
      }
    }
    double wall = (System.nanoTime() - start) / 1e9;
    int errorCount = 0;
    for (int e : errors) {
      errorCount += e;
    }
    return new Sample(all.toArray(), errorCount, wall);
  }

  /** The latencies of one window, its failed requests and how long it ran. */
  record Sample(long[] nanos, int errors, double wallSeconds) {

    Stats stats() {
      return Stats.of(nanos, errors, wallSeconds);
    }
  }

  Connection database() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", options.dbUser());
    properties.setProperty("password", options.dbPassword());
    properties.setProperty("allowLoadLocalInfile", "true");
    return DriverManager.getConnection(options.dbUrl(), properties);
  }

  ExecutorService pool() {
    return pool;
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  /** A growable list of longs, without boxing a million latencies. */
  static final class LongList {
    private long[] values = new long[1024];
    private int size;

    void add(long value) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    long[] toArray() {
      return java.util.Arrays.copyOf(values, size);
    }
  }
}
