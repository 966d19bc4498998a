package app.roster.platform;

import java.util.List;

/**
 * A business rule said no. Carries the HTTP status the API answers with, a message key from the
 * bundle, and the fields it concerns, so that the console can show the message beside the field and
 * the API can list it in the problem's "errors".
 */
public abstract class RosterException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final List<FieldError> errors;
  private final Object[] messageArgs;

  protected RosterException(String messageKey, List<FieldError> errors, Object... messageArgs) {
    super(messageKey);
    this.messageKey = messageKey;
    this.errors = List.copyOf(errors);
    this.messageArgs = messageArgs.clone();
  }

  public abstract int status();

  public abstract String title();

  public String messageKey() {
    return messageKey;
  }

  /** The values the message's placeholders ({0}, {1}, ...) stand for. */
  public Object[] messageArgs() {
    return messageArgs.clone();
  }

  public List<FieldError> errors() {
    return errors;
  }
}
