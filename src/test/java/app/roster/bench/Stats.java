package app.roster.bench;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Latencies of one measurement: median, 95th percentile and throughput. */
record Stats(int count, int errors, double medianMs, double p95Ms, double perSecond) {

  static Stats of(long[] nanos, int errors, double wallSeconds) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Stats(
        sorted.length,
        errors,
        percentile(sorted, 50) / 1e6,
        percentile(sorted, 95) / 1e6,
        wallSeconds > 0 ? sorted.length / wallSeconds : 0);
  }

  /** Each figure the median of the rounds' figures (the "median of three runs"). */
  static Stats medianOf(List<Stats> rounds) {
    int errors = rounds.stream().mapToInt(Stats::errors).sum();
    int count = rounds.stream().mapToInt(Stats::count).sum();
    return new Stats(
        count,
        errors,
        median(rounds, Stats::medianMs),
        median(rounds, Stats::p95Ms),
        median(rounds, Stats::perSecond));
  }

  private static long percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(rank, sorted.length - 1))];
  }

  /** The median of one figure over the rounds. */
  private static double median(List<Stats> rounds, Function<Stats, Double> figure) {
    List<Double> sorted = rounds.stream().map(figure).sorted().toList();
    if (sorted.isEmpty()) {
      return 0;
    }
    int mid = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
  }
}
