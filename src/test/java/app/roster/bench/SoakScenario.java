package app.roster.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * (s) Soak: issue #8's "memory steady under load: no growth over a 10-minute run (heap after GC)".
 * The clients (8) send {@link ApiRequests#mixed()} for {@code --soak-minutes} (default 10). After a
 * warm-up the server's heap after a full GC is read (minute 0), then at the end of every minute,
 * each minute with its own throughput and p95. The load pauses for each reading, so the full GC
 * sees no requests in flight. Runs only when named: {@code --only s}.
 */
final class SoakScenario implements Scenario {

  /**
   * The growth from minute 0 to the last reading that still counts as steady: a fixed 20 MB, not a
   * share of the first reading, because what a leak adds depends on the requests served and not on
   * the heap's size. Bounded caches (EclipseLink's identity maps, the API credential cache, pooled
   * statements) fill during the warm-up and afterwards move by a few MB between readings, while a
   * leak of only 40 bytes per request at 1,000 requests/s adds 23 MB in ten minutes.
   */
  static final double TOLERANCE_MB = 20;

  private static final Duration MINUTE = Duration.ofMinutes(1);

  /** A tenth of the run, at most this: long enough for the JIT, pools and caches to settle. */
  private static final Duration LONGEST_WARM_UP = Duration.ofSeconds(30);

  @Override
  public String id() {
    return "s";
  }

  @Override
  public String title() {
    return "Soak: heap under sustained load";
  }

  @Override
  public boolean runsByDefault() {
    return false;
  }

  @Override
  public List<Row> run(Harness h) throws Exception {
    ApiRequests requests = ApiRequests.prepare(h);
    int clients = h.options.clients();
    long pid = h.options.serverPid();
    Duration total = Duration.ofMillis(Math.round(h.options.soakMinutes() * 60_000));
    Duration warmUp = total.dividedBy(10);
    h.window(
        clients, warmUp.compareTo(LONGEST_WARM_UP) < 0 ? warmUp : LONGEST_WARM_UP, requests::mixed);

    List<Double> minutes = new ArrayList<>(List.of(0.0));
    List<OptionalDouble> heaps = new ArrayList<>(List.of(Heap.usedMbAfterGc(pid)));
    List<Row> rows = new ArrayList<>();
    Harness.LongList all = new Harness.LongList();
    int errors = 0;
    double wall = 0;
    for (Duration left = total; !left.isZero() && !left.isNegative(); ) {
      Duration span = left.compareTo(MINUTE) < 0 ? left : MINUTE;
      Harness.Sample sample = h.window(clients, span, requests::mixed);
      left = left.minus(span);
      double minute = total.minus(left).toMillis() / 60_000.0;
      OptionalDouble heap = Heap.usedMbAfterGc(pid);
      minutes.add(minute);
      heaps.add(heap);
      for (long n : sample.nanos()) {
        all.add(n);
      }
      errors += sample.errors();
      wall += sample.wallSeconds();
      Stats stats = sample.stats();
      String what = "minute " + number(minute) + ", heap after full GC " + mb(heap);
      rows.add(Row.of(id(), what, stats, "(no target)", null));
      System.out.printf(
          Locale.ROOT, "    %s: %.0f req/s, p95 %.1f ms%n", what, stats.perSecond(), stats.p95Ms());
    }
    Stats whole = Stats.of(all.toArray(), errors, wall);
    rows.add(0, summary(minutes, heaps, whole, clients));
    return rows;
  }

  private Row summary(List<Double> minutes, List<OptionalDouble> heaps, Stats whole, int clients) {
    String what =
        String.format(
            Locale.ROOT,
            "heap after full GC at minute 0 → minute %s, slope MB/min (%d clients, mixed API load)",
            number(minutes.get(minutes.size() - 1)),
            clients);
    String target = String.format(Locale.ROOT, "no growth (< %.0f MB)", TOLERANCE_MB);
    if (heaps.stream().anyMatch(OptionalDouble::isEmpty)) {
      return new Row(id(), what, whole, target, null, "heap n/a (no server process to ask)");
    }
    double[] mb = heaps.stream().mapToDouble(OptionalDouble::getAsDouble).toArray();
    double growth = mb[mb.length - 1] - mb[0];
    String note =
        String.format(
            Locale.ROOT,
            "%.0f → %.0f MB (%+.1f MB), slope %+.2f MB/min; per minute: %s MB",
            mb[0],
            mb[mb.length - 1],
            growth,
            slope(minutes, mb),
            heaps.stream()
                .map(heap -> String.format(Locale.ROOT, "%.0f", heap.getAsDouble()))
                .collect(Collectors.joining(", ")));
    return new Row(id(), what, whole, target, whole.errors() == 0 && growth < TOLERANCE_MB, note);
  }

  /** The least-squares slope of the readings over the minutes they were taken at. */
  static double slope(List<Double> minutes, double[] mb) {
    int n = mb.length;
    double meanX = minutes.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    double meanY = Arrays.stream(mb).average().orElse(0);
    double covariance = 0;
    double variance = 0;
    for (int i = 0; i < n; i++) {
      double dx = minutes.get(i) - meanX;
      covariance += dx * (mb[i] - meanY);
      variance += dx * dx;
    }
    return variance == 0 ? 0 : covariance / variance;
  }

  private static String mb(OptionalDouble heap) {
    return heap.isPresent() ? Heap.format(heap.getAsDouble()) : "n/a";
  }

  /** 3 for a whole minute, 0.05 for a part of one. */
  private static String number(double minute) {
    return BigDecimal.valueOf(minute)
        .setScale(2, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}
