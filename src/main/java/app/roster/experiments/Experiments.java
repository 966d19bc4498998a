package app.roster.experiments;

import static app.roster.security.Permission.EXPERIMENTS_MANAGE;

import app.roster.access.Conditions;
import app.roster.platform.Conflict;
import app.roster.platform.Constraints;
import app.roster.platform.FieldError;
import app.roster.platform.Forbidden;
import app.roster.platform.InvalidInput;
import app.roster.platform.Messages;
import app.roster.platform.NotFound;
import app.roster.platform.StaleVersion;
import app.roster.roles.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Experiments as admins manage them (experiments.manage): create, read, change (name, status,
 * eligibility condition, groups and weights) and the results per group. The key never changes,
 * since conditions name it. A group that still has members cannot be removed; its weight may change
 * at any time, which steers only members not assigned yet. Creating and changing are fired as
 * events for the audit trail.
 */
@Stateless
public class Experiments {

  private static final Logger LOG = Logger.getLogger(Experiments.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Roles roles;

  @Inject Clock clock;

  @Inject Conditions conditions;

  @Inject Event<ExperimentCreated> created;

  @Inject Event<ExperimentChanged> changed;

  @RolesAllowed(EXPERIMENTS_MANAGE)
  public List<Experiment> all() {
    require();
    return em.createNamedQuery(Experiment.ALL, Experiment.class).getResultList();
  }

  /** The experiments admins may put members into by hand (draft or running), with their groups. */
  @RolesAllowed(EXPERIMENTS_MANAGE)
  public List<AssignmentChoice> openToAssignment() {
    return all().stream()
        .filter(Experiment::acceptsExplicitAssignment)
        .map(AssignmentChoice::of)
        .toList();
  }

  @RolesAllowed(EXPERIMENTS_MANAGE)
  public Experiment find(String key) {
    require();
    return em.createNamedQuery(Experiment.BY_KEY, Experiment.class)
        .setParameter("key", key == null ? "" : key.strip())
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFound("experiment.notFound"));
  }

  @RolesAllowed(EXPERIMENTS_MANAGE)
  public Experiment create(@NotNull @Valid ExperimentDraft draft) {
    require();
    check(draft);
    String key = draft.getKey().strip();
    if (!em.createNamedQuery(Experiment.BY_KEY, Experiment.class)
        .setParameter("key", key)
        .getResultList()
        .isEmpty()) {
      throw taken(key);
    }
    Experiment experiment = new Experiment(key, clock.instant());
    experiment.describe(draft, clock.instant());
    em.persist(experiment);
    flushOrExplain(key);
    created.fire(new ExperimentCreated(experiment.getId(), key, experiment.facts()));
    LOG.log(
        Level.INFO,
        "Experiment {0} ({1}) created, {2}",
        new Object[] {experiment.getId(), key, experiment.getStatus().word()});
    return experiment;
  }

  @RolesAllowed(EXPERIMENTS_MANAGE)
  public Experiment update(
      String key, long expectedVersion, @NotNull @Valid ExperimentDraft draft) {
    require();
    Experiment experiment = find(key);
    if (experiment.getVersion() != expectedVersion) {
      throw new StaleVersion();
    }
    if (!experiment.getKey().equals(draft.getKey().strip())) {
      throw new InvalidInput(
          "experiment.key.fixed", new FieldError("key", Messages.get("experiment.key.fixed")));
    }
    check(draft);
    refuseRemovingPopulatedGroups(experiment, draft);
    ExperimentStatus before = experiment.getStatus();
    Map<String, String> factsBefore = experiment.facts();
    experiment.describe(draft, clock.instant());
    flushOrExplain(key);
    changed.fire(new ExperimentChanged(experiment.getId(), key, factsBefore, experiment.facts()));
    LOG.log(
        Level.INFO,
        "Experiment {0} changed ({1} -> {2})",
        new Object[] {key, before.word(), experiment.getStatus().word()});
    return experiment;
  }

  /** Count per group and the split observed against the weights, in the groups' order. */
  @RolesAllowed(EXPERIMENTS_MANAGE)
  public List<GroupResult> results(String key) {
    Experiment experiment = find(key);
    Map<Long, Long> counts = new HashMap<>();
    em.createNamedQuery(Assignment.COUNTS, Object[].class)
        .setParameter("experiment", experiment.getId())
        .getResultStream()
        .forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
    long assigned = counts.values().stream().mapToLong(Long::longValue).sum();
    int totalWeight = experiment.getGroups().stream().mapToInt(ExperimentGroup::getWeight).sum();
    List<GroupResult> results = new ArrayList<>();
    for (ExperimentGroup group : experiment.getGroups()) {
      long members = counts.getOrDefault(group.getId(), 0L);
      results.add(
          new GroupResult(
              group.getName(),
              group.getWeight(),
              totalWeight == 0 ? 0 : (double) group.getWeight() / totalWeight,
              members,
              assigned == 0 ? 0 : (double) members / assigned));
    }
    return results;
  }

  private void check(ExperimentDraft draft) {
    List<FieldError> errors = new ArrayList<>();
    Set<String> names = new HashSet<>();
    int total = 0;
    for (ExperimentDraft.GroupDraft group : draft.getGroups()) {
      if (!names.add(group.getName().strip().toLowerCase(Locale.ROOT))) {
        errors.add(
            new FieldError(
                "groups", Messages.get("experiment.group.name.twice", group.getName().strip())));
      }
      total += group.getWeight();
    }
    if (total <= 0) {
      errors.add(new FieldError("groups", Messages.get("experiment.groups.weightless")));
    }
    if (ExperimentStatus.of(draft.getStatus()).isEmpty()) {
      errors.add(new FieldError("status", Messages.get("experiment.status.unknown")));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput("experiment.invalid", errors);
    }
    String condition = draft.conditionOrNull();
    if (condition != null) {
      conditions.compile(condition, "condition");
    }
  }

  private void refuseRemovingPopulatedGroups(Experiment experiment, ExperimentDraft draft) {
    Set<String> kept = new HashSet<>();
    draft.getGroups().forEach(g -> kept.add(g.getName().strip()));
    for (ExperimentGroup group : experiment.getGroups()) {
      if (kept.contains(group.getName())) {
        continue;
      }
      long members =
          em.createNamedQuery(Assignment.IN_GROUP, Long.class)
              .setParameter("group", group.getId())
              .getSingleResult();
      if (members > 0) {
        throw new Conflict(
            "experiment.group.populated",
            new FieldError(
                "groups", Messages.get("experiment.group.populated", group.getName(), members)));
      }
    }
  }

  private void require() {
    if (!roles.callerHolds(EXPERIMENTS_MANAGE)) {
      throw new Forbidden("error.forbidden");
    }
  }

  private void flushOrExplain(String key) {
    Constraints.flush(em, "uk_experiment_key", () -> taken(key));
  }

  private static Conflict taken(String key) {
    return new Conflict(
        "experiment.key.taken", new FieldError("key", Messages.get("experiment.key.taken", key)));
  }
}
