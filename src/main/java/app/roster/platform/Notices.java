package app.roster.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Tells the admin that something worked: a short text from the bundle, shown in the growl. */
public final class Notices {

  private Notices() {}

  public static void done(String messageKey, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String text = Messages.get(FieldMessages.locale(faces), messageKey, args);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
  }
}
