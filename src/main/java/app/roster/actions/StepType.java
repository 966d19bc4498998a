package app.roster.actions;

import java.util.Arrays;
import java.util.Optional;

/** What one step of an Action does. */
public enum StepType {
  /** Mails the member: subject and body from the step's template. */
  EMAIL("email"),
  /** Puts a label on the member. */
  ADD_LABEL("addLabel"),
  /** Takes a label off the member. */
  REMOVE_LABEL("removeLabel"),
  /** Gives the member another role (never an Owner's: Owners change roles by hand). */
  CHANGE_ROLE("changeRole"),
  /** POSTs the event as JSON to a URL, signed, through the outbox. */
  WEBHOOK("webhook");

  private final String word;

  StepType(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }

  public static Optional<StepType> of(String word) {
    return Arrays.stream(values())
        .filter(t -> t.word.equalsIgnoreCase(word == null ? "" : word.strip()))
        .findFirst();
  }
}
