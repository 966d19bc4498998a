package app.roster.actions;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What starts an Action: an event about one member, after the change that caused it committed. */
public enum ActionTrigger {
  LABEL_ADDED("labelAdded"),
  LABEL_REMOVED("labelRemoved"),
  MEMBER_CREATED("memberCreated"),
  INVITATION_ACCEPTED("invitationAccepted"),
  ROLE_CHANGED("roleChanged");

  private final String word;

  ActionTrigger(String word) {
    this.word = word;
  }

  /** The name the API and the webhook JSON use: "labelAdded". */
  public String word() {
    return word;
  }

  public boolean isAboutALabel() {
    return this == LABEL_ADDED || this == LABEL_REMOVED;
  }

  /** The trigger for an API word or an enum name, in any case. */
  public static Optional<ActionTrigger> of(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(
            t ->
                t.word.toLowerCase(Locale.ROOT).equals(wanted)
                    || t.name().toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst();
  }
}
