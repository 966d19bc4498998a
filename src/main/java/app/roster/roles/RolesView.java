package app.roster.roles;

import app.roster.platform.FieldMessages;
import app.roster.platform.Messages;
import app.roster.platform.Notices;
import app.roster.platform.RosterException;
import app.roster.security.Permission;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Settings → Roles: the built-in roles and the workspace's own, with their kind, permissions and
 * how many members hold each; Owners create, change and delete custom roles here. {@link Roles}
 * checks roles.manage and the rules; the check here only turns a missing permission into a 403.
 */
@Named
@ViewScoped
public class RolesView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String FORM = "roleForm";

  @Inject Roles roles;

  private List<Row> rows = List.of();
  private RoleDraft draft = new RoleDraft();
  private Long editing;
  private long editingVersion;
  private Row deleting;
  private String replacement;

  /** A role as the table shows it; plain values, so the view state stays small. */
  public record Row(
      long id,
      String name,
      String kind,
      boolean builtIn,
      List<String> permissions,
      long members,
      long version)
      implements Serializable {}

  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!faces.getExternalContext().isUserInRole(Permission.ROLES_MANAGE)) {
      faces.getExternalContext().responseSendError(403, null);
      faces.responseComplete();
      return;
    }
    refresh();
  }

  private void refresh() {
    rows =
        roles.usage().stream()
            .map(
                u ->
                    new Row(
                        u.role().getId(),
                        u.role().getName(),
                        u.role().getKind().word(),
                        u.role().isBuiltIn(),
                        Permission.CONSOLE_PERMISSIONS.stream()
                            .filter(u.role().getPermissions()::contains)
                            .toList(),
                        u.members(),
                        u.role().getVersion()))
            .toList();
  }

  public void startCreating() {
    editing = null;
    draft = new RoleDraft(null, RoleKind.TEAM.word(), Set.of(Permission.MEMBERS_VIEW));
  }

  public void startEditing(Row row) {
    editing = row.id();
    editingVersion = row.version();
    draft = new RoleDraft(row.name(), row.kind(), Set.copyOf(row.permissions()));
  }

  public void save() {
    try {
      if (editing == null) {
        Role created = roles.create(draft);
        Notices.done("roles.created", created.getName());
      } else {
        Role saved = roles.update(editing, editingVersion, draft);
        Notices.done("roles.saved", saved.getName());
      }
      refresh();
    } catch (RosterException refused) {
      FieldMessages.show(FORM, refused);
    } catch (ConstraintViolationException invalid) {
      FieldMessages.show(FORM, invalid);
    }
  }

  public void startDeleting(Row row) {
    deleting = row;
    replacement = null;
  }

  public void delete() {
    if (deleting == null) {
      return;
    }
    try {
      roles.delete(deleting.id(), replacement);
      Notices.done("roles.deleted", deleting.name());
      deleting = null;
      refresh();
    } catch (RosterException refused) {
      FieldMessages.show("deleteForm", refused);
    }
  }

  /** Every console permission with its readable name, for the checkboxes. */
  public List<SelectItem> getPermissionItems() {
    List<SelectItem> items = new ArrayList<>();
    for (String permission : Permission.CONSOLE_PERMISSIONS) {
      items.add(new SelectItem(permission, permissionName(permission)));
    }
    return items;
  }

  public String permissionName(String permission) {
    return Messages.get("permission." + permission);
  }

  /** The roles a deleted role's members can move to: every other role. */
  public List<String> getReplacements() {
    return rows.stream()
        .filter(r -> deleting == null || r.id() != deleting.id())
        .map(Row::name)
        .toList();
  }

  public List<Row> getRows() {
    return rows;
  }

  public RoleDraft getDraft() {
    return draft;
  }

  public boolean isEditing() {
    return editing != null;
  }

  public Row getDeleting() {
    return deleting;
  }

  public String getReplacement() {
    return replacement;
  }

  public void setReplacement(String replacement) {
    this.replacement = replacement;
  }
}
