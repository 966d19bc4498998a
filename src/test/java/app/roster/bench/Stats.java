package app.roster.bench;

import java.util.Arrays;
import java.util.List;

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
        median(rounds.stream().mapToDouble(Stats::medianMs).toArray()),
        median(rounds.stream().mapToDouble(Stats::p95Ms).toArray()),
        median(rounds.stream().mapToDouble(Stats::perSecond).toArray()));
  }

  private static long percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(rank, sorted.length - 1))];
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    if (sorted.length == 0) {
      return 0;
    }
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}
