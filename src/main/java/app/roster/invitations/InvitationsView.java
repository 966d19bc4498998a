package app.roster.invitations;

import app.roster.members.Contacts;
import app.roster.platform.FieldMessages;
import app.roster.platform.Messages;
import app.roster.platform.Notices;
import app.roster.platform.PageRequest;
import app.roster.platform.RosterException;
import app.roster.security.Permission;
import jakarta.faces.application.FacesMessage;
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
 * Settings → Invitations: every invitation with its status, newest first, filtered by status, with
 * resend and revoke. View-scoped so the filter survives the table's Ajax requests. Access is
 * decided by {@link Invitations}; the check here only turns a refusal into a proper 403 page.
 */
@Named
@ViewScoped
public class InvitationsView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String FORM = "tabs:invitations";

  @Inject Invitations invitations;

  private InvitationStatus status;
  private String email;
  private InvitationRow selected;
  private final LazyDataModel<InvitationRow> rows = new Rows();

  /** Refuses the page to callers without members.invite, before anything is rendered. */
  public void checkAccess() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!faces.getExternalContext().isUserInRole(Permission.MEMBERS_INVITE)) {
      faces.getExternalContext().responseSendError(403, null);
      faces.responseComplete();
    }
  }

  public void resend(long id) {
    try {
      Invitation invitation = invitations.resend(id);
      Notices.done("invitations.resent", invitation.getEmail());
    } catch (RosterException refusal) {
      FieldMessages.show(FORM, refusal);
    }
  }

  /** Remembers the row whose Revoke was clicked, for the confirm dialog. */
  public void askRevoke(InvitationRow row) {
    selected = row;
  }

  public void revoke() {
    if (selected == null) {
      return;
    }
    try {
      Invitation invitation = invitations.revoke(selected.getId());
      Notices.done("invitations.revoked", invitation.getEmail());
    } catch (RosterException refusal) {
      FieldMessages.show(FORM, refusal);
    }
    selected = null;
  }

  public List<InvitationStatus> getStatuses() {
    return List.of(InvitationStatus.values());
  }

  public LazyDataModel<InvitationRow> getRows() {
    return rows;
  }

  public InvitationRow getSelected() {
    return selected;
  }

  /** One address to look for, typed in any case; empty lists every address. */
  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public InvitationStatus getStatus() {
    return status;
  }

  public void setStatus(InvitationStatus status) {
    this.status = status;
  }

  /** The typed address when it is one; otherwise a message, and the list of every address. */
  private String validEmailOrNull() {
    if (email == null || email.isBlank()) {
      return null;
    }
    if (!Contacts.isNormalizableEmail(email.strip())) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_WARN, Messages.get("member.email.invalid"), null));
      return null;
    }
    return email.strip();
  }

  /** The table's rows, one page at a time, with the status chosen above the table. */
  private final class Rows extends LazyDataModel<InvitationRow> {

    private static final long serialVersionUID = 1L;

    private int total;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return total;
    }

    @Override
    public List<InvitationRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      int size = Math.min(pageSize, PageRequest.MAX_SIZE);
      var page =
          invitations.list(
              new InvitationFilter(status, validEmailOrNull()),
              new PageRequest(first / size, size, null));
      total = (int) Math.min(page.total(), Integer.MAX_VALUE);
      setRowCount(total);
      return page.items().stream().map(InvitationRow::of).toList();
    }

    @Override
    public String getRowKey(InvitationRow row) {
      return String.valueOf(row.getId());
    }
  }
}
