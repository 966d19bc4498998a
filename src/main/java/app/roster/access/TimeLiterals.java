package app.roster.access;

import com.google.common.collect.ImmutableList;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import dev.cel.runtime.CelStandardFunctions;
import dev.cel.runtime.standard.CelStandardOverload;
import dev.cel.runtime.standard.DurationFunction.DurationOverload;
import dev.cel.runtime.standard.TimestampFunction.TimestampOverload;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CEL's {@code duration('720h')} and {@code timestamp('2025-01-01T00:00:00Z')}, each text converted
 * once and then remembered. The optimizer cannot fold these calls (CEL has no literal for a
 * duration or a timestamp), so the standard runtime would parse the same text again on every
 * evaluation: a quarter of the time of {@code member.createdAt < now - duration('720h')}. The
 * conversion is still CEL's own (a small CEL program runs it the first time a text is seen), and a
 * text that does not convert fails exactly as before, on every evaluation.
 */
final class TimeLiterals {

  /** Distinct texts remembered; conditions use a handful, and all are forgotten past this. */
  static final int CACHE_SIZE = 1000;

  private static final String DURATION_OVERLOAD = "string_to_duration";
  private static final String TIMESTAMP_OVERLOAD = "string_to_timestamp";

  private final CelRuntime.Program convert;

  /**
   * A plain map rather than a cache with eviction: a read must cost far less than the parse it
   * saves (a Guava cache's bookkeeping took a third of it).
   */
  private final Map<String, Object> converted = new ConcurrentHashMap<>();

  private TimeLiterals(String function) {
    CelCompiler compiler =
        CelCompilerFactory.standardCelCompilerBuilder()
            .setOptions(ConditionEnvironment.OPTIONS)
            .addVar("text", SimpleType.STRING)
            .build();
    CelRuntime runtime =
        CelRuntimeFactory.standardCelRuntimeBuilder()
            .setOptions(ConditionEnvironment.OPTIONS)
            .build();
    try {
      convert = runtime.createProgram(compiler.compile(function + "(text)").getAst());
    } catch (CelValidationException | CelEvaluationException e) {
      throw new IllegalStateException("CEL's " + function + "() is missing", e);
    }
  }

  /** The standard functions of CEL without the two conversions that {@link #bindings} replace. */
  static CelStandardFunctions standardFunctionsWithoutThem() {
    return CelStandardFunctions.newBuilder()
        .filterFunctions((function, overload) -> !replaced(overload))
        .build();
  }

  /** {@code duration(string)} and {@code timestamp(string)}, converting each text only once. */
  static ImmutableList<CelFunctionBinding> bindings() {
    TimeLiterals durations = new TimeLiterals("duration");
    TimeLiterals timestamps = new TimeLiterals("timestamp");
    return ImmutableList.of(
        CelFunctionBinding.from(DURATION_OVERLOAD, String.class, durations::of),
        CelFunctionBinding.from(TIMESTAMP_OVERLOAD, String.class, timestamps::of));
  }

  private static boolean replaced(CelStandardOverload overload) {
    return overload == DurationOverload.STRING_TO_DURATION
        || overload == TimestampOverload.STRING_TO_TIMESTAMP;
  }

  private Object of(String text) throws CelEvaluationException {
    Object value = converted.get(text);
    if (value == null) {
      value = convertNow(text);
      if (converted.size() >= CACHE_SIZE) {
        converted.clear();
      }
      converted.put(text, value);
    }
    return value;
  }

  /**
   * Converts with CEL's own function; when the text is not a duration or timestamp, throws what
   * that function threw, so that the condition fails with the same message and position as it did
   * without the cache.
   */
  private Object convertNow(String text) throws CelEvaluationException {
    try {
      return convert.eval(Map.of("text", text));
    } catch (CelEvaluationException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }
}
