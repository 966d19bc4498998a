package app.roster.invitations;

import app.roster.platform.LinkRefused;
import app.roster.platform.Messages;
import app.roster.platform.RosterException;
import app.roster.security.FormSignIn;
import app.roster.security.Landing;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.Serializable;

/**
 * The public accept page (/invitations/accept?token=...): shows the workspace and the role, takes
 * the invitee's name and password, and signs the new member in. An unusable link answers 404 or 410
 * with a page that says why. View-scoped, so the offer read on opening survives the form's submit.
 */
@Named
@ViewScoped
public class AcceptInvitationView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Invitations invitations;

  @Inject SecurityContext security;

  @Inject Landing landing;

  @Inject FormSignIn formSignIn;

  private String token;
  private InvitationOffer offer;
  private LinkRefused.Reason refusal;
  private String refusalKey;
  private final AcceptanceDraft draft = new AcceptanceDraft();
  private String confirmation;

  /** Reads the link on opening the page. Reading never changes the invitation. */
  public void load() {
    // The address holds a secret: no cache, proxy or back button should keep the page.
    FacesContext.getCurrentInstance()
        .getExternalContext()
        .setResponseHeader("Cache-Control", "no-store");
    try {
      offer = invitations.describe(token);
      draft.setName(offer.getKnownName());
    } catch (LinkRefused refused) {
      refuse(refused);
    }
  }

  public void accept() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    String password = draft.getPassword();
    Accepted accepted;
    try {
      accepted = invitations.accept(token, draft);
    } catch (LinkRefused refused) {
      refuse(refused);
      return;
    } catch (RosterException refused) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, reason(refused), null));
      return;
    } finally {
      draft.setPassword(null);
      confirmation = null;
    }
    signIn(faces, accepted.email(), password);
  }

  private void signIn(FacesContext faces, String email, String password) throws IOException {
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status = formSignIn.signIn(faces, email, password);
    if (status == AuthenticationStatus.SUCCESS) {
      external.redirect(landing.pathFor(security, null));
    } else {
      external.redirect(external.getRequestContextPath() + "/signin.xhtml");
    }
  }

  /** What to tell the invitee when the service says no for another reason than the link. */
  private static String reason(RosterException refused) {
    return refused.errors().isEmpty()
        ? Messages.get(refused.messageKey())
        : refused.errors().get(0).message();
  }

  private void refuse(LinkRefused refused) {
    offer = null;
    refusal = refused.reason();
    refusalKey = refused.pageKey();
    FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(refusal.status());
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public InvitationOffer getOffer() {
    return offer;
  }

  public LinkRefused.Reason getRefusal() {
    return refusal;
  }

  /** The bundle key prefix of the refusal's texts, e.g. invitation.refused.expired. */
  public String getRefusalKey() {
    return refusalKey;
  }

  public AcceptanceDraft getDraft() {
    return draft;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
