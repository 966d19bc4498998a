package app.roster.actions;

import app.roster.access.Condition;
import app.roster.access.ConditionFacts;
import app.roster.access.Conditions;
import app.roster.access.Verdict;
import app.roster.labels.Label;
import app.roster.labels.MemberLabels;
import app.roster.members.Member;
import app.roster.members.MemberEdited;
import app.roster.members.MemberFacts;
import app.roster.members.MemberStatus;
import app.roster.messaging.boundary.Outbox;
import app.roster.messaging.boundary.OutgoingMessage;
import app.roster.roles.Role;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the Actions of one member event, after the change that caused it committed and away from the
 * thread that made it ({@link ActionTriggers} hands the event over). Each action runs in a
 * transaction of its own: its steps, the run log entry and the History entry commit together, and a
 * failing step rolls back only that run, which is then logged as FAILED. Mails and webhook calls
 * are queued in the outbox, so they leave only after the commit, with retries.
 *
 * <p>Loop guard: a change an action makes (a label added) starts the next actions one level deeper.
 * Runs deeper than {@value #MAX_DEPTH} are not started but logged as STOPPED, so two actions that
 * keep re-adding labels stop after a few rounds and say so in their run log.
 */
@Stateless
public class ActionRunner {

  private static final Logger LOG = Logger.getLogger(ActionRunner.class.getName());

  /** The longest chain of Actions starting Actions. */
  public static final int MAX_DEPTH = 5;

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject Conditions conditions;

  @Inject MemberLabels memberLabels;

  @Inject Outbox outbox;

  @Inject Event<ActionRan> ran;

  @Inject Event<MemberEdited> edited;

  @Resource SessionContext context;

  /** Runs, one after another, every enabled action this event starts. */
  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void start(MemberEvent event) {
    ActionRunner self = context.getBusinessObject(ActionRunner.class);
    for (Long actionId : self.listening(event)) {
      ActionDepth.enter(event.depth());
      try {
        self.run(actionId, event);
      } catch (RuntimeException e) {
        String reason = reasonOf(e);
        LOG.log(
            Level.WARNING,
            "Action {0} failed for member {1}: {2}",
            new Object[] {actionId, event.memberId(), reason});
        self.recordFailure(actionId, event, reason);
      } finally {
        ActionDepth.exit();
      }
    }
  }

  /** The enabled actions of the event's trigger (and label); a read without a transaction. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public List<Long> listening(MemberEvent event) {
    String labelNorm = event.label() == null ? null : Label.normalize(event.label());
    return em.createNamedQuery(Action.FOR_TRIGGER, Action.class)
        .setParameter("trigger", event.trigger())
        .getResultStream()
        .filter(a -> !event.trigger().isAboutALabel() || a.listensTo(labelNorm))
        .map(Action::getId)
        .toList();
  }

  /** One action for the event's member: depth, member, condition, then the steps in order. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void run(long actionId, MemberEvent event) {
    Action action = em.find(Action.class, actionId);
    if (action == null) {
      return;
    }
    if (event.depth() > MAX_DEPTH) {
      record(action, event, ActionOutcome.STOPPED, stoppedDetail());
      return;
    }
    Member member = em.find(Member.class, event.memberId());
    if (member == null) {
      return;
    }
    if (member.getStatus() != MemberStatus.ACTIVE) {
      record(action, event, ActionOutcome.SKIPPED, "The member is archived.");
      return;
    }
    List<String> labels = memberLabels.namesOf(member.getId());
    if (action.getCondition() != null) {
      Condition condition = conditions.compile(action.getCondition(), "condition");
      Verdict verdict =
          condition.test(
              ConditionFacts.of(member, labels, clock),
              clock.instant(),
              "action " + action.getName());
      if (!verdict.allowed()) {
        String why =
            verdict.failed()
                ? "The condition failed: " + verdict.error()
                : "The condition did not admit the member.";
        record(action, event, ActionOutcome.SKIPPED, why);
        return;
      }
    }
    List<String> done = new ArrayList<>();
    for (Step step : action.steps()) {
      done.add(perform(step, action, member, labels, event));
    }
    record(action, event, ActionOutcome.DONE, String.join("; ", done));
  }

  /** Logs a run whose transaction rolled back. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordFailure(long actionId, MemberEvent event, String reason) {
    Action action = em.find(Action.class, actionId);
    if (action != null) {
      record(action, event, ActionOutcome.FAILED, reason);
    }
  }

  private String perform(
      Step step, Action action, Member member, List<String> labels, MemberEvent event) {
    return switch (step.kind()) {
      case EMAIL -> {
        Map<String, String> values = placeholderValues(action, member, event);
        outbox.enqueue(
            OutgoingMessage.email(
                    member.getEmail(),
                    Placeholders.render(step.getSubject(), values),
                    Placeholders.render(step.getBody(), values))
                .causedBy("action", action.getId()));
        yield "email queued to " + member.getEmail();
      }
      case ADD_LABEL -> {
        Label label = label(step.getLabel());
        boolean added = memberLabels.add(member.getId(), label);
        yield added ? "label " + label.getName() + " added" : "had label " + label.getName();
      }
      case REMOVE_LABEL -> {
        Label label = label(step.getLabel());
        boolean removed = memberLabels.remove(member.getId(), label);
        yield removed ? "label " + label.getName() + " removed" : "lacked label " + label.getName();
      }
      case CHANGE_ROLE -> changeRole(member, step.getRole());
      case WEBHOOK -> {
        String body = webhookBody(action, member, labels, event);
        outbox.enqueue(
            OutgoingMessage.webhook(
                    step.getUrl(), body, WebhookSignature.of(action.getSecret(), body))
                .causedBy("action", action.getId()));
        yield "webhook queued to " + step.getUrl();
      }
    };
  }

  private String changeRole(Member member, String roleName) {
    Role role =
        em.createNamedQuery(Role.BY_NAME, Role.class)
            .setParameter("name", Role.normalize(roleName))
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new StepFailed("There is no role " + roleName + "."));
    if (role.getId().equals(member.getRole().getId())) {
      return "had role " + role.getName();
    }
    if (member.getRole().isOwner()) {
      throw new StepFailed("Actions do not change an Owner's role.");
    }
    Map<String, String> before = MemberFacts.of(member);
    member.changeRole(role);
    em.flush();
    edited.fire(new MemberEdited(member.getId(), before, MemberFacts.of(member)));
    return "role changed to " + role.getName();
  }

  private Label label(String name) {
    return memberLabels
        .byName(name)
        .orElseThrow(() -> new StepFailed("There is no label " + name + "."));
  }

  private Map<String, String> placeholderValues(Action action, Member member, MemberEvent event) {
    Map<String, String> values = new HashMap<>();
    values.put("member.id", String.valueOf(member.getId()));
    values.put("member.name", member.getName());
    values.put("member.email", member.getEmail());
    values.put("member.phone", member.getPhoneDisplay());
    values.put("member.role", member.getRole().getName());
    values.put("member.type", member.getType().word());
    values.put("member.externalId", member.getExternalId());
    values.put("label", event.label());
    values.put("trigger", event.trigger().word());
    values.put("action", action.getName());
    return values;
  }

  /** The JSON a webhook receives: the event, the action, and the member as conditions see it. */
  private String webhookBody(Action action, Member member, List<String> labels, MemberEvent event) {
    JsonArrayBuilder labelArray = Json.createArrayBuilder();
    labels.forEach(labelArray::add);
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("event", event.trigger().word())
            .add("occurredAt", event.occurredAt().toString())
            .add("depth", event.depth())
            .add(
                "action",
                Json.createObjectBuilder().add("id", action.getId()).add("name", action.getName()))
            .add(
                "member",
                Json.createObjectBuilder()
                    .add("id", member.getId())
                    .add("name", member.getName())
                    .add("email", member.getEmail())
                    .add("role", member.getRole().getName())
                    .add("type", member.getType().word())
                    .add("labels", labelArray));
    if (event.label() != null) {
      json.add("label", event.label());
    }
    return json.build().toString();
  }

  private void record(Action action, MemberEvent event, ActionOutcome outcome, String detail) {
    ActionRun run =
        new ActionRun(
            action.getId(),
            action.getName(),
            event.memberId(),
            event.trigger(),
            event.depth(),
            outcome,
            detail,
            clock.instant());
    em.persist(run);
    ran.fire(
        new ActionRan(
            action.getId(),
            action.getName(),
            event.memberId(),
            outcome.name(),
            event.depth(),
            run.getDetail()));
    if (outcome == ActionOutcome.STOPPED) {
      LOG.log(
          Level.WARNING,
          "Action {0} stopped for member {1}: chain of Actions deeper than {2}",
          new Object[] {action.getId(), event.memberId(), MAX_DEPTH});
    }
  }

  private static String stoppedDetail() {
    return "Stopped: Actions started by Actions went deeper than "
        + MAX_DEPTH
        + " levels (a loop?).";
  }

  private static String reasonOf(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage();
    return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
  }

  /** A step that cannot be done: the run rolls back and is logged as FAILED with this reason. */
  static final class StepFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StepFailed(String reason) {
      super(reason);
    }
  }
}
