package app.roster.workspace;

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

/**
 * Settings → Workspace: the workspace's name and whether people may ask to join through /join.
 * View-scoped so the version read on opening travels with the save.
 */
@Named
@ViewScoped
public class WorkspaceView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Workspace workspace;

  private final WorkspaceDraft draft = new WorkspaceDraft();
  private String configuredName;

  /** Refuses the page to callers without settings.manage, then reads the settings. */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!faces.getExternalContext().isUserInRole(Permission.SETTINGS_MANAGE)) {
      faces.getExternalContext().responseSendError(403, null);
      faces.responseComplete();
      return;
    }
    read(workspace.settings());
    configuredName = workspace.configuredName();
  }

  public void save() {
    try {
      read(workspace.change(draft));
      Notices.done("workspace.saved");
    } catch (RosterException refused) {
      FieldMessages.show("workspace", refused);
    } catch (ConstraintViolationException invalid) {
      FieldMessages.show("workspace", invalid);
    }
  }

  private void read(WorkspaceSettings settings) {
    draft.setName(settings.getName());
    draft.setAllowJoinRequests(settings.isAllowJoinRequests());
    draft.setVersion(settings.getVersion());
  }

  public WorkspaceDraft getDraft() {
    return draft;
  }

  public String getConfiguredName() {
    return configuredName;
  }
}
