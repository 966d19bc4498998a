package app.roster.access;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelSourceLocation;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.compiler.CelCompiler;
import dev.cel.optimizer.CelOptimizationException;
import dev.cel.optimizer.CelOptimizer;
import dev.cel.optimizer.CelOptimizerFactory;
import dev.cel.optimizer.optimizers.ConstantFoldingOptimizer;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.ExecutionException;

/**
 * Compiles CEL conditions (access rules, Action conditions) and keeps the compiled programs: a
 * condition is parsed and type-checked once, then evaluated many times in well under a microsecond.
 * The cache is bounded and keyed by the condition's text, so an edited rule simply compiles anew
 * and old texts fall out.
 */
@ApplicationScoped
public class Conditions {

  /** Distinct condition texts kept compiled (rules and actions of one workspace fit easily). */
  static final int CACHE_SIZE = 2000;

  private final CelCompiler compiler = ConditionEnvironment.compiler();
  private final CelRuntime runtime = ConditionEnvironment.runtime();
  private final CelOptimizer optimizer =
      CelOptimizerFactory.standardCelOptimizerBuilder(compiler, runtime)
          .addAstOptimizers(ConstantFoldingOptimizer.getInstance())
          .build();
  private final Cache<String, Condition> compiled =
      CacheBuilder.newBuilder().maximumSize(CACHE_SIZE).build();

  /**
   * The compiled condition for this text, from the cache when it was compiled before.
   *
   * @param field the name of the field that holds the condition, for the error list
   * @throws InvalidCondition when the text does not parse or type-check, with every mistake
   */
  public Condition compile(String expression, String field) {
    Condition cached = compiled.getIfPresent(expression);
    if (cached != null) {
      return cached;
    }
    try {
      return compiled.get(expression, () -> build(expression, field));
    } catch (ExecutionException | RuntimeException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof InvalidCondition invalid) {
        throw invalid;
      }
      throw new IllegalStateException("Could not compile a condition", cause);
    }
  }

  /** The mistakes in a condition, none when it is fine; for the editor's live check. */
  public List<ConditionError> mistakes(String expression) {
    try {
      compile(expression, "expression");
      return List.of();
    } catch (InvalidCondition invalid) {
      return invalid.mistakes();
    }
  }

  private Condition build(String expression, String field) {
    if (expression == null || expression.isBlank()) {
      throw new InvalidCondition(field, List.of(new ConditionError(0, 0, "Write a condition.")));
    }
    CelValidationResult result = compiler.compile(expression);
    if (result.hasError()) {
      throw new InvalidCondition(field, result.getErrors().stream().map(this::mistake).toList());
    }
    try {
      CelAbstractSyntaxTree ast = folded(result.getAst());
      return new Condition(expression, runtime.createProgram(ast));
    } catch (CelValidationException | CelEvaluationException e) {
      throw new InvalidCondition(field, List.of(new ConditionError(0, 0, e.getMessage())));
    }
  }

  /**
   * The tree with its constant parts computed once ({@code 1 + 2}, {@code 'a' + 'b'}), so they are
   * not worked out again on every evaluation; the tree as it was if folding fails. Calls such as
   * {@code duration('720h')} stay in the tree (CEL has no literal for them); {@link TimeLiterals}
   * remembers their values instead.
   */
  private CelAbstractSyntaxTree folded(CelAbstractSyntaxTree ast) {
    try {
      return optimizer.optimize(ast);
    } catch (CelOptimizationException e) {
      return ast;
    }
  }

  private ConditionError mistake(CelIssue issue) {
    CelSourceLocation at = issue.getSourceLocation();
    if (CelSourceLocation.NONE.equals(at)) {
      return new ConditionError(0, 0, issue.getMessage());
    }
    return new ConditionError(at.getLine(), at.getColumn() + 1, issue.getMessage());
  }
}
