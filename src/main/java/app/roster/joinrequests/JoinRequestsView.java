package app.roster.joinrequests;

import app.roster.invitations.Invitation;
import app.roster.platform.FieldMessages;
import app.roster.platform.Notices;
import app.roster.platform.PageRequest;
import app.roster.platform.RosterException;
import app.roster.roles.Role;
import app.roster.roles.Roles;
import app.roster.security.Permission;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Settings → Invitations → Requests: confirmed join requests in a lazy table, filtered by status,
 * with Approve (choosing the role; an invitation goes out) and Decline (with an optional reason
 * mailed to the requester). View-scoped so the filter and the chosen request survive Ajax.
 */
@Named
@ViewScoped
public class JoinRequestsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject JoinRequests requests;

  @Inject Roles roles;

  private String status = JoinRequestStatus.PENDING.word();
  private long selectedId;
  private String selectedName;
  private String role;
  private String reason;

  private final LazyDataModel<JoinRequestRow> rows = new Rows();

  /** Refuses the page to callers without members.invite, before anything is rendered. */
  public void checkAccess() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!faces.getExternalContext().isUserInRole(Permission.MEMBERS_INVITE)) {
      faces.getExternalContext().responseSendError(403, null);
      faces.responseComplete();
    }
  }

  /** Opens the approve or decline dialog for one request, with empty fields. */
  public void choose(JoinRequestRow row) {
    selectedId = row.getId();
    selectedName = row.getName();
    role = null;
    reason = null;
  }

  public void approve() {
    try {
      Invitation invitation = requests.approve(selectedId, role);
      Notices.done("join.approved", selectedName, invitation.getRole().getName());
    } catch (RosterException refused) {
      FieldMessages.show("joinApprove", refused);
    }
  }

  public void decline() {
    try {
      requests.decline(selectedId, reason);
      Notices.done("join.declined", selectedName);
    } catch (RosterException refused) {
      FieldMessages.show("joinDecline", refused);
    }
  }

  public List<String> getRoleNames() {
    return roles.all().stream().map(Role::getName).toList();
  }

  public List<String> getStatuses() {
    return List.of(
        JoinRequestStatus.PENDING.word(),
        JoinRequestStatus.APPROVED.word(),
        JoinRequestStatus.DECLINED.word());
  }

  public LazyDataModel<JoinRequestRow> getRows() {
    return rows;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getSelectedName() {
    return selectedName;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  private JoinRequestStatus wanted() {
    return status == null || status.isBlank() ? null : JoinRequestStatus.reviewedByWord(status);
  }

  /** The table's rows, a page at a time from the service. */
  private class Rows extends LazyDataModel<JoinRequestRow> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) requests.list(wanted(), new PageRequest(0, 1, null)).total();
    }

    @Override
    public List<JoinRequestRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
      var page = requests.list(wanted(), new PageRequest(first / size, size, null));
      setRowCount((int) page.total());
      return page.items().stream().map(JoinRequestRow::new).toList();
    }

    @Override
    public String getRowKey(JoinRequestRow row) {
      return String.valueOf(row.getId());
    }

    @Override
    public JoinRequestRow getRowData(String rowKey) {
      return new JoinRequestRow(requests.find(Long.parseLong(rowKey)));
    }
  }
}
