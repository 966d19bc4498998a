package app.roster.experiments;

import java.io.Serializable;
import java.util.List;

/** An experiment an admin may put members into by hand, with its groups, for the console. */
public record AssignmentChoice(String key, String name, List<String> groups)
    implements Serializable {

  static AssignmentChoice of(Experiment experiment) {
    return new AssignmentChoice(
        experiment.getKey(),
        experiment.getName(),
        experiment.getGroups().stream().map(ExperimentGroup::getName).toList());
  }

  /** The groups of the chosen experiment, or none while no experiment is chosen. */
  static List<String> groupsOf(List<AssignmentChoice> choices, String key) {
    return choices.stream()
        .filter(c -> c.key().equals(key))
        .findFirst()
        .map(AssignmentChoice::groups)
        .orElse(List.of());
  }
}
