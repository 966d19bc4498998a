package app.roster.experiments;

import app.roster.access.ConditionSubject;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelFunctionBinding;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Optional;

/**
 * The CEL function {@code experiment('key')}: the name of the group the member under evaluation is
 * in, assigning them on the first evaluation (see {@link Assignments#forCondition}). It gives the
 * empty string when there is no group: an unknown, draft or stopped experiment, an ineligible or
 * archived member, or a call from inside an experiment's own eligibility condition. In a preview
 * (no trigger) it tells the group the member has or would get, and stores nothing.
 */
public final class ExperimentFunction {

  static final String NAME = "experiment";
  static final String OVERLOAD = "roster_experiment_string";

  /** The answer when the member is in no group. */
  public static final String NO_GROUP = "";

  /** Set while an eligibility condition runs, so that it cannot assign (or recurse). */
  private static final ThreadLocal<Boolean> DECIDING = new ThreadLocal<>();

  private ExperimentFunction() {}

  public static CelFunctionDecl declaration() {
    return CelFunctionDecl.newFunctionDeclaration(
        NAME, CelOverloadDecl.newGlobalOverload(OVERLOAD, SimpleType.STRING, SimpleType.STRING));
  }

  public static CelFunctionBinding binding() {
    return CelFunctionBinding.from(OVERLOAD, String.class, ExperimentFunction::groupOf);
  }

  private static Object groupOf(String key) {
    Optional<ConditionSubject> subject = ConditionSubject.current();
    if (subject.isEmpty() || subject.get().memberId() <= 0 || deciding()) {
      return NO_GROUP;
    }
    Assignments assignments = CDI.current().select(Assignments.class).get();
    return assignments.forCondition(key, subject.get());
  }

  static boolean deciding() {
    return Boolean.TRUE.equals(DECIDING.get());
  }

  /** Runs an eligibility check during which experiment() answers no group. */
  static boolean whileDeciding(java.util.function.BooleanSupplier check) {
    boolean outer = deciding();
    DECIDING.set(true);
    try {
      return check.getAsBoolean();
    } finally {
      if (!outer) {
        DECIDING.remove();
      }
    }
  }
}
