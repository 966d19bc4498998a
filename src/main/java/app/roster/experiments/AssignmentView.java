package app.roster.experiments;

import java.io.Serializable;
import java.time.Instant;

/**
 * A member's place in one experiment as the profile tab and the API show it. For a preview (a group
 * the member would get) assignedAt and method are null.
 */
public record AssignmentView(
    String experimentKey,
    String experimentName,
    ExperimentStatus experimentStatus,
    long memberId,
    String group,
    Instant assignedAt,
    AssignmentMethod method,
    String triggeredBy,
    Long actorId,
    String actorName)
    implements Serializable {

  static AssignmentView of(Assignment assignment, String actorName) {
    Experiment experiment = assignment.getGroup().getExperiment();
    return new AssignmentView(
        experiment.getKey(),
        experiment.getName(),
        experiment.getStatus(),
        assignment.getMemberId(),
        assignment.getGroup().getName(),
        assignment.getAssignedAt(),
        assignment.getMethod(),
        assignment.getTriggeredBy(),
        assignment.getActorId(),
        actorName);
  }

  static AssignmentView preview(Experiment experiment, long memberId, ExperimentGroup group) {
    return new AssignmentView(
        experiment.getKey(),
        experiment.getName(),
        experiment.getStatus(),
        memberId,
        group.getName(),
        null,
        null,
        null,
        null,
        null);
  }

  public boolean explicit() {
    return method == AssignmentMethod.EXPLICIT;
  }
}
