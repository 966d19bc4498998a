package app.roster.bench;

import java.util.List;

/**
 * One part of the benchmark, named by the letter of issue #8's list, registered in {@link
 * Benchmark#SCENARIOS}.
 */
interface Scenario {

  /** The letter in the issue ("a", "b", ...). */
  String id();

  String title();

  List<Row> run(Harness harness) throws Exception;

  /** Whether a run without {@code --only} includes this scenario (the soak asks to be named). */
  default boolean runsByDefault() {
    return true;
  }
}
