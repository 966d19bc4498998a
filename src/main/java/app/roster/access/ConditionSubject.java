package app.roster.access;

import java.util.Map;
import java.util.Optional;

/**
 * Whom a condition is being evaluated for, and what asked: the context that functions with side
 * effects need beyond the member's facts (which it carries too) (an experiment's {@code
 * experiment('key')} assigns the member on first evaluation and records the trigger). Set by {@link
 * Condition#test} for the duration of one evaluation on the evaluating thread. A null trigger means
 * a preview (the members a rule would admit, an eligibility check): functions then change nothing.
 */
public record ConditionSubject(long memberId, Map<String, Object> facts, String trigger) {

  private static final ThreadLocal<ConditionSubject> CURRENT = new ThreadLocal<>();

  /** The subject of the evaluation running on this thread, if any. */
  public static Optional<ConditionSubject> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /** Whether this evaluation may store what it decides (not a preview). */
  public boolean records() {
    return trigger != null;
  }

  static ConditionSubject enter(ConditionSubject subject) {
    ConditionSubject previous = CURRENT.get();
    CURRENT.set(subject);
    return previous;
  }

  static void leave(ConditionSubject previous) {
    if (previous == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(previous);
    }
  }
}
