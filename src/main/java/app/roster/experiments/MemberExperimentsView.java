package app.roster.experiments;

import app.roster.members.MemberView;
import app.roster.platform.FieldMessages;
import app.roster.platform.Messages;
import app.roster.platform.Notices;
import app.roster.platform.RosterException;
import app.roster.security.Permission;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The member profile's Experiments tab: every experiment the member is in, with the group, when and
 * how they came into it, and the experiment's status; admins with experiments.manage can put the
 * member into a group by hand.
 */
@Named
@ViewScoped
public class MemberExperimentsView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String FORM = "experiments";

  @Inject Assignments assignments;

  @Inject Experiments experiments;

  @Inject MemberView memberView;

  private List<Row> rows;
  private List<AssignmentChoice> choices;
  private String experimentKey;
  private String group;

  /** One line of the tab, ready to show. */
  public record Row(
      String experimentKey,
      String experimentName,
      String status,
      String group,
      OffsetDateTime assignedAt,
      String how)
      implements Serializable {}

  public List<Row> getRows() {
    if (rows == null) {
      rows =
          assignments.ofMember(memberView.getId()).stream()
              .map(MemberExperimentsView::row)
              .toList();
    }
    return rows;
  }

  public boolean isManager() {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .isUserInRole(Permission.EXPERIMENTS_MANAGE);
  }

  /** Experiments open to explicit assignment (draft or running). */
  public List<AssignmentChoice> getChoices() {
    if (choices == null) {
      choices = isManager() ? experiments.openToAssignment() : List.of();
    }
    return choices;
  }

  public List<String> getGroups() {
    return AssignmentChoice.groupsOf(getChoices(), experimentKey);
  }

  public void assign() {
    try {
      AssignmentView done = assignments.assign(experimentKey, memberView.getId(), group);
      Notices.done("experiment.assigned", done.group(), done.experimentName());
      rows = null;
    } catch (RosterException refused) {
      FieldMessages.show(FORM, refused);
    }
  }

  static Row row(AssignmentView a) {
    String how =
        a.explicit()
            ? Messages.get(
                "experiment.how.explicit",
                a.actorName() == null ? Messages.get("experiment.how.someone") : a.actorName())
            : Messages.get(
                "experiment.how.lazy",
                a.triggeredBy() == null ? Messages.get("experiment.how.api") : a.triggeredBy());
    return new Row(
        a.experimentKey(),
        a.experimentName(),
        Messages.get("experiment.status." + a.experimentStatus().word()),
        a.group(),
        a.assignedAt() == null ? null : a.assignedAt().atOffset(ZoneOffset.UTC),
        how);
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
