package app.roster.access;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelVariableResolver;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A condition that compiled and type-checked, ready to run against any number of members. Immutable
 * and safe to share between threads; {@link Conditions} caches them by their text.
 */
public final class Condition {

  private final String expression;
  private final CelRuntime.Program program;

  Condition(String expression, CelRuntime.Program program) {
    this.expression = expression;
    this.program = program;
  }

  public String expression() {
    return expression;
  }

  /**
   * Runs the condition for one member's facts (see {@link ConditionFacts}) at the given moment, as
   * a preview: functions with side effects (experiment assignment) change nothing. An evaluation
   * that fails (an absent field read without {@code has()}, too many loop steps) denies and says
   * why.
   */
  public Verdict test(Map<String, Object> member, Instant now) {
    return test(member, now, null);
  }

  /**
   * Runs the condition on behalf of a trigger ("access rule vip-lounge", "action Welcome"), which
   * functions with side effects record (see {@link ConditionSubject}).
   */
  public Verdict test(Map<String, Object> member, Instant now, String trigger) {
    Object id = member.get("id");
    long memberId = id instanceof Number number ? number.longValue() : 0L;
    ConditionSubject previous =
        ConditionSubject.enter(new ConditionSubject(memberId, member, trigger));
    try {
      Object result = program.eval(variables(member, now));
      return Boolean.TRUE.equals(result) ? Verdict.ALLOWED : Verdict.DENIED;
    } catch (CelEvaluationException e) {
      return Verdict.failed(e.getMessage());
    } finally {
      ConditionSubject.leave(previous);
    }
  }

  /**
   * The two variables a condition sees, looked up by name as the program reads them. Evaluating
   * with a map instead would copy it into a new immutable map on every evaluation.
   */
  private static CelVariableResolver variables(Map<String, Object> member, Instant now) {
    return name ->
        switch (name) {
          case "member" -> Optional.of(member);
          case "now" -> Optional.ofNullable(now);
          default -> Optional.empty();
        };
  }
}
