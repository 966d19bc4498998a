package app.roster.archiving;

import app.roster.members.MemberSelection;
import app.roster.members.MemberSummary;
import app.roster.platform.FieldMessages;
import app.roster.platform.Messages;
import app.roster.platform.Notices;
import app.roster.platform.RosterException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Archive and Unarchive in the console: from a member row's menu, from the profile's menu, and for
 * the rows selected in People → Members. Refusals (the last Owner, oneself) appear as warnings.
 */
@Named
@ViewScoped
public class ArchiveView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Archiving archiving;

  @Inject MemberSelection selection;

  public void archive(long id) {
    try {
      Notices.done("archive.done", archiving.archive(id).getName());
    } catch (RosterException refusal) {
      warn(refusal);
    }
  }

  public void unarchive(long id) {
    try {
      Notices.done("archive.undone", archiving.unarchive(id).getName());
    } catch (RosterException refusal) {
      warn(refusal);
    }
  }

  /** Archives from the profile and shows the profile again, now marked archived. */
  public String archiveOnProfile(long id) {
    archive(id);
    return profile(id);
  }

  public String unarchiveOnProfile(long id) {
    unarchive(id);
    return profile(id);
  }

  private static String profile(long id) {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/console/members/member?faces-redirect=true&id=" + id;
  }

  public void archiveSelected() {
    report(archiving.all(ids(), true), "archive.bulk.done");
  }

  public void unarchiveSelected() {
    report(archiving.all(ids(), false), "archive.bulk.undone");
  }

  private List<Long> ids() {
    return selection.ids();
  }

  private void report(BulkArchive outcome, String key) {
    selection.clear();
    Notices.done(key, outcome.changed());
    FacesContext faces = FacesContext.getCurrentInstance();
    for (String refusal : outcome.refusals().stream().distinct().toList()) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, refusal, refusal));
    }
  }

  private static void warn(RosterException refusal) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String text =
        Messages.get(FieldMessages.locale(faces), refusal.messageKey(), refusal.messageArgs());
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, text));
  }

  public List<MemberSummary> getSelected() {
    return selection.getSelected();
  }

  public void setSelected(List<MemberSummary> selected) {
    selection.setSelected(selected);
  }

  public boolean isAnySelected() {
    return !selection.isEmpty();
  }
}
