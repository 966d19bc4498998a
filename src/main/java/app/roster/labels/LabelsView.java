package app.roster.labels;

import app.roster.platform.FieldMessages;
import app.roster.platform.Notices;
import app.roster.platform.RosterException;
import app.roster.security.Permission;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * Settings → Labels: the workspace's labels with how many members carry each; create, rename,
 * recolour and delete in a dialog. {@link Labels} checks labels.manage on every change; the check
 * here only turns a missing permission into a proper 403 page.
 */
@Named
@ViewScoped
public class LabelsView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String FORM = "labelForm";

  @Inject Labels labels;

  private List<LabelUsage> rows = List.of();
  private LabelDraft draft = new LabelDraft();
  private Long editing;
  private long editingVersion;
  private LabelUsage deleting;

  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!faces.getExternalContext().isUserInRole(Permission.LABELS_MANAGE)) {
      faces.getExternalContext().responseSendError(403, null);
      faces.responseComplete();
      return;
    }
    refresh();
  }

  private void refresh() {
    rows = labels.usage();
  }

  public void startCreating() {
    editing = null;
    draft = new LabelDraft(null, Label.DEFAULT_COLOUR);
  }

  public void startEditing(LabelUsage row) {
    editing = row.label().getId();
    editingVersion = row.label().getVersion();
    draft = LabelDraft.of(row.label());
  }

  public void save() {
    try {
      if (editing == null) {
        Label created = labels.create(draft);
        Notices.done("labels.created", created.getName());
      } else {
        Label saved = labels.update(editing, editingVersion, draft);
        Notices.done("labels.saved", saved.getName());
      }
      refresh();
    } catch (RosterException refused) {
      FieldMessages.show(FORM, refused);
    } catch (ConstraintViolationException invalid) {
      FieldMessages.show(FORM, invalid);
    }
  }

  public void startDeleting(LabelUsage row) {
    deleting = row;
  }

  public void delete() {
    if (deleting == null) {
      return;
    }
    try {
      labels.delete(deleting.label().getId());
      Notices.done("labels.deleted", deleting.label().getName());
    } catch (RosterException refused) {
      FieldMessages.show("deleteForm", refused);
    }
    deleting = null;
    refresh();
  }

  public List<LabelUsage> getRows() {
    return rows;
  }

  public LabelDraft getDraft() {
    return draft;
  }

  public boolean isEditing() {
    return editing != null;
  }

  public LabelUsage getDeleting() {
    return deleting;
  }
}
