package app.roster.joinrequests;

import app.roster.platform.FieldMessages;
import app.roster.platform.Messages;
import app.roster.platform.NotFound;
import app.roster.platform.RosterException;
import app.roster.platform.TooManyRequests;
import app.roster.workspace.Workspace;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;

/**
 * The public page /join: says the workspace is private, or takes a name, an email and a message and
 * then says to check the inbox, the same words whether or not the email is a member's. Too many
 * requests answer 429 with a message saying when to try again. View-scoped for the form.
 */
@Named
@ViewScoped
public class JoinView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject JoinRequests requests;

  @Inject Workspace workspace;

  private final JoinDraft draft = new JoinDraft();
  private boolean open;
  private boolean sent;
  private String workspaceName;

  public void load() {
    open = workspace.allowsJoinRequests();
    workspaceName = workspace.name();
  }

  public void send() {
    FacesContext faces = FacesContext.getCurrentInstance();
    HttpServletRequest http = (HttpServletRequest) faces.getExternalContext().getRequest();
    try {
      requests.request(draft, http.getRemoteAddr());
      sent = true;
    } catch (NotFound closed) {
      open = false;
    } catch (TooManyRequests limited) {
      faces.getExternalContext().setResponseStatus(429);
      faces
          .getExternalContext()
          .setResponseHeader("Retry-After", String.valueOf(limited.retryAfterSeconds()));
      String text =
          Messages.get(
              faces.getViewRoot().getLocale(), limited.messageKey(), limited.messageArgs());
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    } catch (RosterException refused) {
      FieldMessages.show("join", refused);
    } catch (ConstraintViolationException invalid) {
      FieldMessages.show("join", invalid);
    }
  }

  public JoinDraft getDraft() {
    return draft;
  }

  public boolean isOpen() {
    return open;
  }

  public boolean isSent() {
    return sent;
  }

  public String getWorkspaceName() {
    return workspaceName;
  }
}
