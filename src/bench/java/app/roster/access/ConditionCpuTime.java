package app.roster.access;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * A second opinion beside JMH for a loaded machine: the CPU time this thread spends per
 * evaluation (not the wall time), over many evaluations after a warm-up, so that time slices
 * lost to other processes do not count. Run with {@code mvn -Pbench test-compile exec:exec
 * -Dbench.main=app.roster.access.ConditionCpuTime -Dbench.args=5000000}.
 */
public final class ConditionCpuTime {

  private ConditionCpuTime() {}

  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 5_000_000;
    ConditionBenchmark bench = new ConditionBenchmark();
    bench.compile();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (String name : new String[] {"loungeByLabel", "adultsOfADomain", "longStandingEnterprise"}) {
      run(bench, name, count);
      long start = threads.getCurrentThreadCpuTime();
      int allowed = run(bench, name, count);
      long cpu = threads.getCurrentThreadCpuTime() - start;
      System.out.printf(
          "%-24s %8.1f ns CPU per evaluation (%d evaluations, %d allowed)%n",
          name, (double) cpu / count, count, allowed);
    }
  }

  private static int run(ConditionBenchmark bench, String name, int count) {
    int allowed = 0;
    for (int i = 0; i < count; i++) {
      boolean result =
          switch (name) {
            case "loungeByLabel" -> bench.loungeByLabel();
            case "adultsOfADomain" -> bench.adultsOfADomain();
            default -> bench.longStandingEnterprise();
          };
      if (result) {
        allowed++;
      }
    }
    return allowed;
  }
}
