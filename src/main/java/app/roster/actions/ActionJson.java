package app.roster.actions;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

/**
 * An Action as the REST API shows and takes it. The server fills id, secret (the HMAC key its
 * webhook calls are signed with), version and times; label is null for "any label".
 */
@JsonbNillable
@JsonbPropertyOrder({
  "id",
  "name",
  "trigger",
  "label",
  "condition",
  "steps",
  "enabled",
  "secret",
  "version",
  "createdAt",
  "updatedAt"
})
public record ActionJson(
    Long id,
    String name,
    String trigger,
    String label,
    String condition,
    List<Step> steps,
    Boolean enabled,
    String secret,
    Long version,
    Instant createdAt,
    Instant updatedAt) {

  static ActionJson of(Action action, String labelName) {
    return new ActionJson(
        action.getId(),
        action.getName(),
        action.getTrigger().word(),
        labelName,
        action.getCondition(),
        action.steps(),
        action.isEnabled(),
        action.getSecret(),
        action.getVersion(),
        action.getCreatedAt(),
        action.getUpdatedAt());
  }

  ActionDraft draft() {
    ActionDraft draft = new ActionDraft();
    draft.setName(name);
    draft.setTrigger(trigger);
    draft.setLabel(label);
    draft.setCondition(condition);
    draft.setSteps(steps);
    draft.setEnabled(enabled == null || enabled);
    return draft;
  }
}
