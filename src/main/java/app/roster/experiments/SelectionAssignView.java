package app.roster.experiments;

import app.roster.labels.BulkLabels;
import app.roster.members.MemberSelection;
import app.roster.platform.FieldMessages;
import app.roster.platform.Notices;
import app.roster.platform.RosterException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * People → Members → "Assign to experiment group": the rows the admin ticked (on any page) go into
 * a group of a draft or running experiment, {@value Assignments#BATCH} per round trip while a
 * progress bar moves ({@link BatchRun}, as for everyone with a label). Members already in the
 * experiment keep their group. {@link Assignments} checks experiments.manage.
 */
@Named
@ViewScoped
public class SelectionAssignView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String FORM = "assignExperiment";

  @Inject Assignments assignments;

  @Inject Experiments experiments;

  @Inject MemberSelection selection;

  private List<AssignmentChoice> choices = List.of();
  private String experimentKey;
  private String group;
  private List<Long> memberIds = List.of();
  private final BatchRun run = new BatchRun();
  private boolean finished;

  public void open() {
    choices = experiments.openToAssignment();
    experimentKey = null;
    group = null;
    memberIds = List.of();
    run.start(0);
    finished = false;
  }

  /** Checks the choice and does the first batch; the page asks for the rest one by one. */
  public void start() {
    try {
      memberIds = selection.ids();
      Assignments.requireSelection(memberIds, BulkLabels.MAX_SELECTED, "members");
      run.start(memberIds.size());
      nextBatch();
    } catch (RosterException refused) {
      FieldMessages.show(FORM, refused);
      run.stop();
    }
  }

  public void nextBatch() {
    if (!run.running()) {
      return;
    }
    try {
      if (run.step(after -> assignments.assignSelected(experimentKey, group, memberIds, after))) {
        finished = true;
        selection.clear();
        Notices.done(
            "experiment.selection.done", run.assigned(), group, getExperimentName(), run.kept());
      }
    } catch (RosterException refused) {
      FieldMessages.show(FORM, refused);
      run.stop();
    }
  }

  public String getExperimentName() {
    return choices.stream()
        .filter(c -> c.key().equals(experimentKey))
        .findFirst()
        .map(AssignmentChoice::name)
        .orElse(experimentKey);
  }

  public boolean isStarted() {
    return run.running() || finished;
  }

  public boolean isRunning() {
    return run.running();
  }

  public boolean isFinished() {
    return finished;
  }

  public int getPercent() {
    return run.percent();
  }

  public long getProcessed() {
    return run.processed();
  }

  public long getTotal() {
    return run.total();
  }

  public long getAssigned() {
    return run.assigned();
  }

  public long getKept() {
    return run.kept();
  }

  public int getSelectedCount() {
    return selection.size();
  }

  public List<AssignmentChoice> getChoices() {
    return choices;
  }

  public List<String> getGroups() {
    return AssignmentChoice.groupsOf(choices, experimentKey);
  }

  public String getExperimentKey() {
    return experimentKey;
  }

  public void setExperimentKey(String experimentKey) {
    this.experimentKey = experimentKey;
  }

  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }
}
