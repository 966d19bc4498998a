package app.roster.actions;

import static app.roster.security.Permission.ACTIONS_MANAGE;

import app.roster.access.Conditions;
import app.roster.access.InvalidCondition;
import app.roster.labels.Label;
import app.roster.labels.MemberLabels;
import app.roster.platform.FieldError;
import app.roster.platform.Forbidden;
import app.roster.platform.InvalidInput;
import app.roster.platform.Messages;
import app.roster.platform.NotFound;
import app.roster.platform.Page;
import app.roster.platform.PageRequest;
import app.roster.platform.StaleVersion;
import app.roster.roles.Role;
import app.roster.roles.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Settings → Actions: create, change and delete Actions, and read their run log. Everything needs
 * actions.manage; a change-role step also needs the right to grant that role, so nobody automates a
 * promotion they could not make by hand. Every field is checked before anything is stored: the
 * condition type-checks, labels and roles exist, templates use known placeholders, URLs are http or
 * https.
 */
@Stateless
@RolesAllowed(ACTIONS_MANAGE)
public class Actions {

  private static final Logger LOG = Logger.getLogger(Actions.class.getName());

  private static final SecureRandom RANDOM = new SecureRandom();

  static final int NAME_MAX = 100;
  static final int STEPS_MAX = 20;
  static final int SUBJECT_MAX = 200;
  static final int BODY_MAX = 5000;
  static final int URL_MAX = 320;

  @PersistenceContext EntityManager em;

  @Inject Roles roles;

  @Inject Clock clock;

  @Inject Conditions conditions;

  @Inject MemberLabels memberLabels;

  public List<Action> all() {
    require();
    return em.createNamedQuery(Action.ALL, Action.class).getResultList();
  }

  public Action find(long id) {
    require();
    Action action = em.find(Action.class, id);
    if (action == null) {
      throw new NotFound("action.notFound");
    }
    return action;
  }

  /** The label's name as shown, for an action that listens to one label; null for any label. */
  public String triggerLabelName(Action action) {
    if (action.getTriggerLabel() == null) {
      return null;
    }
    return memberLabels
        .byName(action.getTriggerLabel())
        .map(Label::getName)
        .orElse(action.getTriggerLabel());
  }

  public Action create(@NotNull ActionDraft draft) {
    require();
    Checked checked = check(draft);
    Action action = new Action(newSecret(), clock.instant());
    checked.describe(action, draft, clock);
    em.persist(action);
    em.flush();
    LOG.log(Level.INFO, "Action {0} created", action.getId());
    return action;
  }

  public Action update(long id, long expectedVersion, @NotNull ActionDraft draft) {
    Action action = find(id);
    if (action.getVersion() != expectedVersion) {
      throw new StaleVersion();
    }
    Checked checked = check(draft);
    checked.describe(action, draft, clock);
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new StaleVersion();
    }
    LOG.log(Level.INFO, "Action {0} changed", id);
    return action;
  }

  public void delete(long id) {
    Action action = find(id);
    em.remove(action);
    LOG.log(Level.INFO, "Action {0} deleted", id);
  }

  /** The runs of an action, newest first. */
  public Page<ActionRun> runs(long actionId, @NotNull PageRequest page) {
    require();
    List<ActionRun> items =
        em.createQuery(
                "SELECT r FROM ActionRun r WHERE r.actionId = :id ORDER BY r.ranAt DESC, r.id DESC",
                ActionRun.class)
            .setParameter("id", actionId)
            .setFirstResult((int) page.offset())
            .setMaxResults(page.size())
            .getResultList();
    long total =
        em.createQuery("SELECT COUNT(r) FROM ActionRun r WHERE r.actionId = :id", Long.class)
            .setParameter("id", actionId)
            .getSingleResult();
    return new Page<>(items, total);
  }

  // Checking a draft

  /** What a draft means once checked: its trigger and the folded label it listens to. */
  private record Checked(
      ActionTrigger trigger, String labelNorm, String condition, List<Step> steps) {
    void describe(Action action, ActionDraft draft, Clock clock) {
      action.describe(
          draft.getName().strip(),
          trigger,
          labelNorm,
          condition,
          steps,
          draft.isEnabled(),
          clock.instant());
    }
  }

  private Checked check(ActionDraft draft) {
    List<FieldError> errors = new ArrayList<>();
    String name = draft.getName() == null ? "" : draft.getName().strip();
    if (name.isEmpty() || name.length() > NAME_MAX) {
      errors.add(error("name", "action.name.invalid"));
    }
    ActionTrigger trigger = ActionTrigger.of(draft.getTrigger()).orElse(null);
    if (trigger == null) {
      errors.add(error("trigger", "action.trigger.invalid"));
    }
    String labelNorm = null;
    String label = draft.getLabel();
    if (label != null && !label.isBlank()) {
      if (trigger != null && !trigger.isAboutALabel()) {
        errors.add(error("label", "action.label.notForTrigger"));
      } else if (memberLabels.byName(label).isEmpty()) {
        errors.add(new FieldError("label", Messages.get("label.unknown", label.strip())));
      } else {
        labelNorm = Label.normalize(label);
      }
    }
    String condition = draft.getCondition();
    condition = condition == null || condition.isBlank() ? null : condition.strip();
    if (condition != null) {
      try {
        conditions.compile(condition, "condition");
      } catch (InvalidCondition invalid) {
        errors.addAll(invalid.errors());
      }
    }
    List<Step> steps = draft.getSteps().stream().map(Step::tidy).toList();
    if (steps.isEmpty() || steps.size() > STEPS_MAX) {
      errors.add(error("steps", "action.steps.count"));
    }
    for (int i = 0; i < steps.size(); i++) {
      checkStep(steps.get(i), "steps[" + i + "]", errors);
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput("action.invalid", errors);
    }
    return new Checked(trigger, labelNorm, condition, steps);
  }

  private void checkStep(Step step, String field, List<FieldError> errors) {
    StepType kind = step.kind();
    if (kind == null) {
      errors.add(error(field + ".type", "action.step.type"));
      return;
    }
    switch (kind) {
      case EMAIL -> {
        if (blank(step.getSubject()) || step.getSubject().length() > SUBJECT_MAX) {
          errors.add(error(field + ".subject", "action.step.subject"));
        }
        if (blank(step.getBody()) || step.getBody().length() > BODY_MAX) {
          errors.add(error(field + ".body", "action.step.body"));
        }
        unknownPlaceholders(step.getSubject(), field + ".subject", errors);
        unknownPlaceholders(step.getBody(), field + ".body", errors);
      }
      case ADD_LABEL, REMOVE_LABEL -> {
        if (blank(step.getLabel()) || memberLabels.byName(step.getLabel()).isEmpty()) {
          errors.add(
              new FieldError(
                  field + ".label",
                  Messages.get("label.unknown", String.valueOf(step.getLabel()))));
        }
      }
      case CHANGE_ROLE -> {
        Role role = blank(step.getRole()) ? null : roles.byName(step.getRole()).orElse(null);
        if (role == null) {
          errors.add(error(field + ".role", "action.step.role"));
        } else if (!roles.callerMayGrant(role)) {
          throw new Forbidden(
              "role.notGrantable",
              new FieldError(field + ".role", Messages.get("action.step.grant")));
        }
      }
      case WEBHOOK -> {
        if (!isWebUrl(step.getUrl())) {
          errors.add(error(field + ".url", "action.step.url"));
        }
      }
    }
  }

  private static void unknownPlaceholders(String template, String field, List<FieldError> errors) {
    Set<String> unknown = Placeholders.unknown(template);
    if (!unknown.isEmpty()) {
      errors.add(
          new FieldError(
              field,
              Messages.get(
                  "action.step.placeholder",
                  String.join(", ", unknown),
                  String.join(", ", Placeholders.NAMES))));
    }
  }

  static boolean isWebUrl(String url) {
    if (url == null || url.isBlank() || url.length() > URL_MAX) {
      return false;
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** 32 random bytes as 64 hex characters: the key the action's webhook calls are signed with. */
  private static String newSecret() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return HexFormat.of().formatHex(key);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  private static FieldError error(String field, String key) {
    return new FieldError(field, Messages.get(key));
  }

  private void require() {
    if (!roles.callerHolds(ACTIONS_MANAGE)) {
      throw new Forbidden("error.forbidden");
    }
  }
}
