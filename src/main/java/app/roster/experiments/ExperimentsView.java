package app.roster.experiments;

import app.roster.access.InvalidCondition;
import app.roster.platform.FieldMessages;
import app.roster.platform.Messages;
import app.roster.platform.Notices;
import app.roster.platform.RosterException;
import app.roster.security.Permission;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * Settings → Experiments: the experiments with their status and results, an editor for name,
 * status, eligibility condition and groups with weights, the count per group as a chart with the
 * observed split beside the weights, and "put everyone labelled X into a group", done in batches
 * with a progress bar ({@link BatchRun}). {@link Experiments} and {@link Assignments} check
 * experiments.manage.
 */
@Named
@ViewScoped
public class ExperimentsView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String FORM = "editor";

  @Inject Experiments experiments;

  @Inject Assignments assignments;

  private List<Experiment> rows = List.of();
  private ExperimentDraft draft = new ExperimentDraft();
  private boolean open;
  private String editing;
  private long editingVersion;
  private List<GroupResult> results = List.of();

  private String bulkLabel;
  private String bulkGroup;
  private final BatchRun bulk = new BatchRun();

  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!faces.getExternalContext().isUserInRole(Permission.EXPERIMENTS_MANAGE)) {
      faces.getExternalContext().responseSendError(403, null);
      faces.responseComplete();
      return;
    }
    rows = experiments.all();
  }

  public void startCreating() {
    editing = null;
    draft = new ExperimentDraft();
    draft.getGroups().add(new ExperimentDraft.GroupDraft("control", 50));
    draft.getGroups().add(new ExperimentDraft.GroupDraft("variant", 50));
    results = List.of();
    open = true;
    stopBulk();
  }

  public void startEditing(Experiment experiment) {
    Experiment current = experiments.find(experiment.getKey());
    editing = current.getKey();
    editingVersion = current.getVersion();
    draft = ExperimentDraft.of(current);
    results = experiments.results(editing);
    open = true;
    stopBulk();
  }

  public void close() {
    open = false;
  }

  public void addGroup() {
    draft.getGroups().add(new ExperimentDraft.GroupDraft("", 0));
  }

  public void removeGroup(ExperimentDraft.GroupDraft group) {
    draft.getGroups().remove(group);
  }

  public void save() {
    try {
      Experiment saved =
          editing == null
              ? experiments.create(draft)
              : experiments.update(editing, editingVersion, draft);
      editing = saved.getKey();
      editingVersion = saved.getVersion();
      draft = ExperimentDraft.of(saved);
      results = experiments.results(editing);
      Notices.done("experiment.saved", saved.getName());
      rows = experiments.all();
    } catch (InvalidCondition invalid) {
      FieldMessages.show(FORM, invalid);
    } catch (RosterException refused) {
      FieldMessages.show(FORM, refused);
    } catch (ConstraintViolationException invalid) {
      FieldMessages.show(FORM, invalid);
    }
  }

  // Results

  /** The count per group as a Chart.js bar chart (the configuration p:chart takes). */
  public String getChart() {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder counts = Json.createArrayBuilder();
    for (GroupResult result : results) {
      labels.add(result.name());
      counts.add(result.members());
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("label", Messages.get("experiment.results.members"))
                                .add("data", counts)
                                .add("backgroundColor", "#6366f1"))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("animation", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add(
                            "y",
                            Json.createObjectBuilder()
                                .add("beginAtZero", true)
                                .add("ticks", Json.createObjectBuilder().add("precision", 0)))))
        .build()
        .toString();
  }

  public long getAssigned() {
    return results.stream().mapToLong(GroupResult::members).sum();
  }

  public void refreshResults() {
    if (editing != null) {
      results = experiments.results(editing);
    }
  }

  // Everyone with a label into a group

  public void startBulk() {
    try {
      bulk.start(assignments.countLabelled(bulkLabel));
      if (!bulk.running()) {
        Notices.done("experiment.bulk.nobody", bulkLabel);
      }
    } catch (RosterException refused) {
      FieldMessages.show("bulk", refused);
      bulk.stop();
    }
  }

  /** One batch; the page asks for the next one until the work is done. */
  public void nextBatch() {
    if (!bulk.running()) {
      return;
    }
    try {
      if (bulk.step(after -> assignments.assignLabelled(editing, bulkLabel, bulkGroup, after))) {
        results = experiments.results(editing);
        Notices.done("experiment.bulk.done", bulk.assigned(), bulkGroup, bulk.kept());
      }
    } catch (RosterException refused) {
      FieldMessages.show("bulk", refused);
      bulk.stop();
    }
  }

  private void stopBulk() {
    bulk.start(0);
  }

  public int getBulkPercent() {
    return bulk.percent();
  }

  // Bindings

  public List<ExperimentStatus> getStatuses() {
    return List.of(ExperimentStatus.values());
  }

  public String statusText(ExperimentStatus status) {
    return Messages.get("experiment.status." + status.word());
  }

  public String groupsText(Experiment experiment) {
    return String.join(
        " / ",
        experiment.getGroups().stream().map(g -> g.getName() + " " + g.getWeight()).toList());
  }

  public List<Experiment> getRows() {
    return rows;
  }

  public ExperimentDraft getDraft() {
    return draft;
  }

  public boolean isOpen() {
    return open;
  }

  public boolean isEditing() {
    return editing != null;
  }

  public List<GroupResult> getResults() {
    return results;
  }

  public String getBulkLabel() {
    return bulkLabel;
  }

  public void setBulkLabel(String bulkLabel) {
    this.bulkLabel = bulkLabel;
  }

  public String getBulkGroup() {
    return bulkGroup;
  }

  public void setBulkGroup(String bulkGroup) {
    this.bulkGroup = bulkGroup;
  }

  public boolean isBulkRunning() {
    return bulk.running();
  }

  public long getBulkDone() {
    return bulk.processed();
  }

  public long getBulkTotal() {
    return bulk.total();
  }
}
