package app.roster.access;

/**
 * What a condition said about one member: allowed or not, and, when the evaluation failed (a field
 * that is absent, too much work), why; a failed evaluation never allows.
 */
public record Verdict(boolean allowed, String error) {

  static final Verdict ALLOWED = new Verdict(true, null);
  static final Verdict DENIED = new Verdict(false, null);

  static Verdict failed(String error) {
    return new Verdict(false, error);
  }

  public boolean failed() {
    return error != null;
  }
}
