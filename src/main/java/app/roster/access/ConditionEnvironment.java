package app.roster.access;

import app.roster.experiments.ExperimentFunction;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.cel.common.CelOptions;
import dev.cel.common.types.CelType;
import dev.cel.common.types.CelTypeProvider;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.common.types.StructType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.extensions.CelExtensions;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.Optional;

/**
 * The one place that says what a condition may use: the variables {@code member} and {@code now},
 * the standard CEL functions and macros plus CEL's string extensions, and the limits on size and
 * work. A feature that brings its own function (an experiment's {@code experiment('key')}, say)
 * declares it in {@link #compiler()} and binds it in {@link #runtime()}, so that every condition in
 * Roster sees the same language.
 *
 * <p>{@code member} is declared as a struct with typed fields, so that a misspelt field or a
 * comparison of a string with a number is refused when the condition is saved; at run time the
 * member's facts are a map (see {@link ConditionFacts}), whose missing keys make {@code has()}
 * false.
 */
final class ConditionEnvironment {

  /** The longest condition accepted, in characters (Unicode code points). */
  static final int MAX_LENGTH = 2000;

  /** How deeply a condition may nest (parentheses, calls, operators). */
  static final int MAX_NESTING = 32;

  /** Loop steps of all macros ({@code all}, {@code exists}, {@code map}, ...) in one evaluation. */
  static final int MAX_ITERATIONS = 1000;

  static final String MEMBER_TYPE_NAME = "roster.Member";

  /** The fields of {@code member}, with their CEL types; README's CEL reference lists them. */
  static final ImmutableMap<String, CelType> MEMBER_FIELDS =
      ImmutableMap.<String, CelType>builder()
          .put("id", SimpleType.INT)
          .put("name", SimpleType.STRING)
          .put("email", SimpleType.STRING)
          .put("emailDomain", SimpleType.STRING)
          .put("phone", SimpleType.STRING)
          .put("role", SimpleType.STRING)
          .put("type", SimpleType.STRING)
          .put("labels", ListType.create(SimpleType.STRING))
          .put("age", SimpleType.INT)
          .put("dateOfBirth", SimpleType.STRING)
          .put("externalId", SimpleType.STRING)
          .put("status", SimpleType.STRING)
          .put("createdAt", SimpleType.TIMESTAMP)
          .build();

  static final StructType MEMBER =
      StructType.create(
          MEMBER_TYPE_NAME,
          MEMBER_FIELDS.keySet(),
          field -> Optional.ofNullable(MEMBER_FIELDS.get(field)));

  /**
   * CEL's current options with Roster's limits. Function results are not passed through the
   * protobuf well-known-type adapter: no function here returns a protobuf message, so the adapter
   * never changed a result, while looking up each call's checked type for it cost about a tenth of
   * an evaluation (CEL's own advice is to stop relying on it).
   */
  @SuppressWarnings("deprecation")
  static final CelOptions OPTIONS =
      CelOptions.current()
          .maxExpressionCodePointSize(MAX_LENGTH)
          .maxParseRecursionDepth(MAX_NESTING)
          .comprehensionMaxIterations(MAX_ITERATIONS)
          .unwrapWellKnownTypesOnFunctionDispatch(false)
          .build();

  private ConditionEnvironment() {}

  static CelCompiler compiler() {
    return CelCompilerFactory.standardCelCompilerBuilder()
        .setOptions(OPTIONS)
        .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
        .setTypeProvider(new MemberTypes())
        .addLibraries(CelExtensions.strings())
        .addVar("member", MEMBER)
        .addVar("now", SimpleType.TIMESTAMP)
        .addFunctionDeclarations(ExperimentFunction.declaration())
        .setResultType(SimpleType.BOOL)
        .build();
  }

  /**
   * The standard (interpreting) runtime: measured here at about 0.6 to 0.8 microseconds of CPU per
   * evaluation of a typical condition, against 2.3 and more for CEL's newer planner runtime in
   * 0.14.0 (which walks the whole member map on every field read). The text conversions {@code
   * duration('720h')} and {@code timestamp('...')} are remembered instead of parsed on every
   * evaluation (see {@link TimeLiterals}).
   */
  static CelRuntime runtime() {
    return CelRuntimeFactory.standardCelRuntimeBuilder()
        .setOptions(OPTIONS)
        .setStandardEnvironmentEnabled(false)
        .setStandardFunctions(TimeLiterals.standardFunctionsWithoutThem())
        .addFunctionBindings(TimeLiterals.bindings())
        .addLibraries(CelExtensions.strings())
        .addFunctionBindings(ExperimentFunction.binding())
        .build();
  }

  /** Makes the {@code roster.Member} type known to the type checker. */
  private static final class MemberTypes implements CelTypeProvider {

    @Override
    public ImmutableList<CelType> types() {
      return ImmutableList.of(MEMBER);
    }

    @Override
    public Optional<CelType> findType(String typeName) {
      return MEMBER_TYPE_NAME.equals(typeName) ? Optional.of(MEMBER) : Optional.empty();
    }
  }

  static ImmutableSet<String> memberFieldNames() {
    return MEMBER_FIELDS.keySet();
  }
}
