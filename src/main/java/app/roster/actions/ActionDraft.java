package app.roster.actions;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * An Action as an admin writes it: a name, the trigger (its word, "labelAdded"), for label triggers
 * an optional label, an optional CEL condition, the steps in order, and whether it is enabled.
 * {@link Actions} checks all of it before anything is stored.
 */
public class ActionDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name;
  private String trigger;
  private String label;
  private String condition;
  private List<Step> steps = new ArrayList<>();
  private boolean enabled = true;

  public ActionDraft() {}

  public static ActionDraft of(Action action, String labelName) {
    ActionDraft draft = new ActionDraft();
    draft.name = action.getName();
    draft.trigger = action.getTrigger().word();
    draft.label = labelName;
    draft.condition = action.getCondition();
    draft.steps = new ArrayList<>(action.steps());
    draft.enabled = action.isEnabled();
    return draft;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getTrigger() {
    return trigger;
  }

  public void setTrigger(String trigger) {
    this.trigger = trigger;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public String getCondition() {
    return condition;
  }

  public void setCondition(String condition) {
    this.condition = condition;
  }

  public List<Step> getSteps() {
    return steps;
  }

  public void setSteps(List<Step> steps) {
    this.steps = steps == null ? new ArrayList<>() : new ArrayList<>(steps);
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }
}
