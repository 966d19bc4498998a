package app.roster.invitations;

import app.roster.platform.NotFound;
import app.roster.security.Permission;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * The progress page of a bulk invite: a bar the page polls while the work runs, then the summary
 * with the addresses of each outcome. Everything is read from the database, so a reload, or another
 * instance, shows the same.
 */
@Named
@ViewScoped
public class BulkProgressView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The most addresses each list of the summary shows. */
  static final int LISTED = 1000;

  @Inject BulkInvites bulkInvites;

  private Long id;
  private BulkProgress progress;
  private final Map<BulkOutcome, List<String>> lists = new EnumMap<>(BulkOutcome.class);

  /**
   * Loads the bulk invite named by the id parameter; an unknown id answers 404, and a caller
   * without members.invite 403 (the service refuses them anyway).
   */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!faces.getExternalContext().isUserInRole(Permission.MEMBERS_INVITE)) {
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
      faces.responseComplete();
      return;
    }
    if (id != null) {
      try {
        refresh();
        return;
      } catch (NotFound e) {
        // Shown as the page's "no such bulk invite" text below.
      }
    }
    faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
  }

  /** Reads the progress again; called by the page's poll until the work is done. */
  public void refresh() {
    progress = bulkInvites.progress(id);
    PrimeFaces.current().ajax().addCallbackParam("done", progress.isDone());
  }

  /** The addresses with one outcome ("INVITED", "PENDING", "MEMBER", "INVALID"), once done. */
  public List<String> addresses(String outcome) {
    if (progress == null || !progress.isDone()) {
      return List.of();
    }
    return lists.computeIfAbsent(
        BulkOutcome.valueOf(outcome), o -> bulkInvites.addresses(id, o, LISTED));
  }

  public int getListed() {
    return LISTED;
  }

  public boolean isFound() {
    return progress != null;
  }

  public BulkProgress getProgress() {
    return progress;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
