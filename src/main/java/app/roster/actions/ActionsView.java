package app.roster.actions;

import app.roster.access.ConditionError;
import app.roster.access.Conditions;
import app.roster.labels.Label;
import app.roster.labels.Labels;
import app.roster.platform.FieldMessages;
import app.roster.platform.Notices;
import app.roster.platform.Page;
import app.roster.platform.PageRequest;
import app.roster.platform.RosterException;
import app.roster.roles.Role;
import app.roster.roles.Roles;
import app.roster.security.Permission;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Settings → Actions: the workspace's Actions, an editor (trigger, label, condition with a live
 * type-check, steps) and the run log of the action being edited. {@link Actions} checks
 * actions.manage on every call; the check here only turns a missing permission into a 403.
 */
@Named
@ViewScoped
public class ActionsView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String FORM = "editor";
  private static final int RUNS_PAGE = 20;

  @Inject Actions actions;

  @Inject Conditions conditions;

  @Inject Labels labels;

  @Inject Roles roles;

  private List<Row> rows = List.of();
  private ActionDraft draft = new ActionDraft();
  private boolean open;
  private Long editing;
  private long editingVersion;
  private String secret;
  private Row deleting;
  private List<ConditionError> mistakes = List.of();
  private String newStepType = StepType.EMAIL.word();
  private Page<ActionRun> runs;
  private int runsPage;

  /** An action with the name of the label it listens to, for the table. */
  public record Row(Action action, String label) implements Serializable {}

  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!faces.getExternalContext().isUserInRole(Permission.ACTIONS_MANAGE)) {
      faces.getExternalContext().responseSendError(403, null);
      faces.responseComplete();
      return;
    }
    refresh();
  }

  private void refresh() {
    rows = actions.all().stream().map(a -> new Row(a, actions.triggerLabelName(a))).toList();
  }

  public void startCreating() {
    editing = null;
    secret = null;
    draft = new ActionDraft();
    draft.setTrigger(ActionTrigger.LABEL_ADDED.word());
    draft.getSteps().add(Step.email(null, null));
    open = true;
    mistakes = List.of();
    runs = null;
  }

  public void startEditing(Row row) {
    Action action = actions.find(row.action().getId());
    editing = action.getId();
    editingVersion = action.getVersion();
    secret = action.getSecret();
    draft = ActionDraft.of(action, row.label());
    open = true;
    check();
    runsPage = 0;
    loadRuns();
  }

  public void close() {
    open = false;
  }

  /** The live type-check of the condition. */
  public void check() {
    String condition = draft.getCondition();
    mistakes =
        condition == null || condition.isBlank() ? List.of() : conditions.mistakes(condition);
  }

  public void addStep() {
    draft.getSteps().add(new Step(newStepType, null, null, null, null, null));
  }

  public void removeStep(int index) {
    if (index >= 0 && index < draft.getSteps().size()) {
      draft.getSteps().remove(index);
    }
  }

  public void save() {
    stepErrors = List.of();
    try {
      Action saved =
          editing == null ? actions.create(draft) : actions.update(editing, editingVersion, draft);
      editing = saved.getId();
      editingVersion = saved.getVersion();
      secret = saved.getSecret();
      Notices.done("action.saved", saved.getName());
      refresh();
      loadRuns();
    } catch (RosterException refused) {
      FieldMessages.show(FORM, refused);
      showStepErrors(refused);
    }
  }

  /** Step errors are named steps[2].subject; the editor shows them under the steps. */
  private void showStepErrors(RosterException refused) {
    List<String> stepErrors = new ArrayList<>();
    refused.errors().stream()
        .filter(e -> e.field().startsWith("steps"))
        .forEach(e -> stepErrors.add(describeStepField(e.field()) + e.message()));
    this.stepErrors = stepErrors;
  }

  private List<String> stepErrors = List.of();

  private static String describeStepField(String field) {
    if (!field.startsWith("steps[")) {
      return "";
    }
    int end = field.indexOf(']');
    int index = Integer.parseInt(field.substring(6, end));
    return "#" + (index + 1) + ": ";
  }

  public void startDeleting(Row row) {
    deleting = row;
  }

  public void delete() {
    if (deleting == null) {
      return;
    }
    try {
      actions.delete(deleting.action().getId());
      Notices.done("action.deleted", deleting.action().getName());
      if (deleting.action().getId().equals(editing)) {
        open = false;
      }
    } catch (RosterException refused) {
      FieldMessages.show("deleteForm", refused);
    }
    deleting = null;
    refresh();
  }

  // The run log

  public void loadRuns() {
    runs =
        editing == null ? null : actions.runs(editing, new PageRequest(runsPage, RUNS_PAGE, null));
  }

  public void nextRuns() {
    if (runs != null && (long) (runsPage + 1) * RUNS_PAGE < runs.total()) {
      runsPage++;
      loadRuns();
    }
  }

  public void previousRuns() {
    if (runsPage > 0) {
      runsPage--;
      loadRuns();
    }
  }

  // Choices

  public List<String> getTriggers() {
    return Arrays.stream(ActionTrigger.values()).map(ActionTrigger::word).toList();
  }

  public List<String> getStepTypes() {
    return Arrays.stream(StepType.values()).map(StepType::word).toList();
  }

  public List<String> getLabelNames() {
    try {
      return labels.all().stream().map(Label::getName).toList();
    } catch (RosterException refused) {
      return List.of();
    }
  }

  public List<String> getRoleNames() {
    return roles.all().stream().map(Role::getName).toList();
  }

  public String getPlaceholders() {
    return String.join(", ", Placeholders.NAMES.stream().map(n -> "{{" + n + "}}").toList());
  }

  public boolean isLabelTrigger() {
    return ActionTrigger.of(draft.getTrigger()).map(ActionTrigger::isAboutALabel).orElse(false);
  }

  // Properties

  public List<Row> getRows() {
    return rows;
  }

  public ActionDraft getDraft() {
    return draft;
  }

  public boolean isOpen() {
    return open;
  }

  public boolean isEditing() {
    return editing != null;
  }

  public String getSecret() {
    return secret;
  }

  public Row getDeleting() {
    return deleting;
  }

  public List<ConditionError> getMistakes() {
    return mistakes;
  }

  public List<String> getStepErrors() {
    return stepErrors;
  }

  public String getNewStepType() {
    return newStepType;
  }

  public void setNewStepType(String newStepType) {
    this.newStepType = newStepType;
  }

  public Page<ActionRun> getRuns() {
    return runs;
  }

  public int getRunsPageNumber() {
    return runsPage + 1;
  }

  public boolean isHasPreviousRuns() {
    return runsPage > 0;
  }

  public boolean isHasNextRuns() {
    return runs != null && (long) (runsPage + 1) * RUNS_PAGE < runs.total();
  }
}
