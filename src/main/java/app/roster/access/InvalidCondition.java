package app.roster.access;

import app.roster.platform.FieldError;
import app.roster.platform.InvalidInput;
import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A condition that does not compile or type-check; each mistake is listed with its position under
 * the field that holds the condition, so the API's problem and the editor show the same text.
 */
@ApplicationException(rollback = true)
public class InvalidCondition extends InvalidInput {

  private static final long serialVersionUID = 1L;

  private final List<ConditionError> mistakes;

  public InvalidCondition(String field, List<ConditionError> mistakes) {
    super(
        "access.condition.invalid",
        mistakes.stream().map(m -> new FieldError(field, m.describe())).toList());
    this.mistakes = List.copyOf(mistakes);
  }

  public List<ConditionError> mistakes() {
    return mistakes;
  }
}
