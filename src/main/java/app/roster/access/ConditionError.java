package app.roster.access;

import java.io.Serializable;

/** One mistake in a condition: where it is (line and column, both from 1) and what is wrong. */
public record ConditionError(int line, int column, String message) implements Serializable {

  /** "line 1, column 7: undeclared reference to 'membr'", or just the message without a place. */
  public String describe() {
    if (line < 1) {
      return message;
    }
    return "line " + line + ", column " + column + ": " + message;
  }
}
