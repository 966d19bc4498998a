package app.roster.access;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long one evaluation of a typical condition takes once its program is compiled and cached, on
 * one thread: the cost an access check or an Action condition adds per member. Run with
 * {@code mvn -Pbench test-compile exec:exec} (README, "Benchmark").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ConditionBenchmark {

  private final Conditions conditions = new Conditions();

  private Condition loungeByLabel;
  private Condition adultsOfADomain;
  private Condition longStandingEnterprise;
  private Map<String, Object> member;
  private Instant now;

  @Setup
  public void compile() {
    loungeByLabel =
        conditions.compile("'VIP' in member.labels && member.type == 'customer'", "expression");
    adultsOfADomain =
        conditions.compile(
            "has(member.age) && member.age >= 18 && member.emailDomain == 'example.com'",
            "expression");
    longStandingEnterprise =
        conditions.compile(
            "member.createdAt < now - duration('720h')"
                + " && member.labels.exists(l, l.startsWith('Enter'))",
            "expression");
    member = new HashMap<>();
    member.put("id", 42L);
    member.put("name", "Ada Lovelace");
    member.put("email", "ada@example.com");
    member.put("emailDomain", "example.com");
    member.put("phone", "+442071234567");
    member.put("role", "Customer");
    member.put("type", "customer");
    member.put("labels", List.of("New Customer", "VIP", "Enterprise"));
    member.put("age", 36L);
    member.put("dateOfBirth", "1990-05-17");
    member.put("externalId", "crm-7");
    member.put("status", "active");
    member.put("createdAt", Instant.parse("2025-01-01T00:00:00Z"));
    now = Instant.parse("2026-12-04T12:00:00Z");
  }

  @Benchmark
  public boolean loungeByLabel() {
    return loungeByLabel.test(member, now).allowed();
  }

  @Benchmark
  public boolean adultsOfADomain() {
    return adultsOfADomain.test(member, now).allowed();
  }

  @Benchmark
  public boolean longStandingEnterprise() {
    return longStandingEnterprise.test(member, now).allowed();
  }
}
