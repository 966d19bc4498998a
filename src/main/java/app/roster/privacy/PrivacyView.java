package app.roster.privacy;

import app.roster.platform.FieldMessages;
import app.roster.platform.Messages;
import app.roster.platform.Notices;
import app.roster.platform.RosterException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The profile's Erase personal data action; the export is a plain download link. */
@Named
@RequestScoped
public class PrivacyView {

  @Inject PrivacyRequests privacy;

  /** Erases, then shows the profile again as it now is (or says why not). */
  public String erase(long id) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      privacy.erase(id);
      Notices.done("privacy.erased");
    } catch (RosterException refusal) {
      String text =
          Messages.get(FieldMessages.locale(faces), refusal.messageKey(), refusal.messageArgs());
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, text));
    }
    faces.getExternalContext().getFlash().setKeepMessages(true);
    return "/console/members/member?faces-redirect=true&id=" + id;
  }
}
