package app.roster.experiments;

import java.util.Locale;
import java.util.Optional;

/**
 * Where an experiment stands: a draft assigns nobody yet, a running one assigns members on first
 * evaluation, a stopped one assigns nobody any more and gives every member no group.
 */
public enum ExperimentStatus {
  DRAFT,
  RUNNING,
  STOPPED;

  /** The word used in JSON and in the console ("running"). */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ExperimentStatus> of(String word) {
    if (word == null) {
      return Optional.empty();
    }
    for (ExperimentStatus status : values()) {
      if (status.word().equalsIgnoreCase(word.strip())) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}
