package app.roster.labels;

import app.roster.members.MemberSummary;
import app.roster.members.MembersView;
import app.roster.platform.FieldMessages;
import app.roster.platform.Notices;
import app.roster.platform.RosterException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Bulk labelling on People → Members: the rows the admin ticked (on any page), or every member the
 * list's filter matches, get a label put on or taken off in the background while a progress bar
 * polls {@link BulkLabels#progress}.
 */
@Named
@ViewScoped
public class BulkLabelView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String FORM = "bulkLabel";

  @Inject BulkLabels bulk;

  @Inject Labels labels;

  @Inject MembersView membersView;

  private List<MemberSummary> selected = new ArrayList<>();
  private String label;
  private String mode = "add";
  private String scope = "selected";
  private Long jobId;
  private BulkLabelProgress progress;

  public void open() {
    label = null;
    mode = "add";
    scope = selected.isEmpty() ? "filter" : "selected";
    jobId = null;
    progress = null;
  }

  public List<String> suggest(String typed) {
    return labels.suggest(typed).stream().map(Label::getName).toList();
  }

  public void start() {
    try {
      boolean remove = "remove".equals(mode);
      if ("filter".equals(scope)) {
        jobId = bulk.startForFilter(label, remove, membersView.currentFilter());
      } else {
        jobId = bulk.start(label, remove, selected.stream().map(MemberSummary::getId).toList());
      }
      progress = bulk.progress(jobId);
    } catch (RosterException refused) {
      FieldMessages.show(FORM, refused);
    }
  }

  /** Polled while the job runs; clears the selection once it is done. */
  public void refresh() {
    if (jobId == null) {
      return;
    }
    progress = bulk.progress(jobId);
    if (progress.done()) {
      selected = new ArrayList<>();
      Notices.done(
          progress.remove() ? "labels.bulk.removed" : "labels.bulk.added",
          progress.label(),
          progress.changed(),
          progress.skipped());
    }
  }

  public boolean isRunning() {
    return progress != null && !progress.done();
  }

  public int getPercent() {
    return progress == null ? 0 : progress.percent();
  }

  public BulkLabelProgress getProgress() {
    return progress;
  }

  public List<MemberSummary> getSelected() {
    return selected;
  }

  public void setSelected(List<MemberSummary> selected) {
    this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
  }

  public String getSelectedScopeLabel() {
    return app.roster.platform.Messages.get("labels.bulk.scope.selected", selected.size());
  }

  public int getSelectedCount() {
    return selected.size();
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = mode;
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }
}
