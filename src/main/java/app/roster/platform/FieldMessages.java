package app.roster.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.Locale;

/**
 * Shows a service's refusal where the admin is looking: each field error beside the input of the
 * same id in the given form (inputs are named after the API's fields: name, email, phone,
 * dateOfBirth, role, externalId), anything else as a message for the whole form. Marks the request
 * as failed, so a dialog stays open.
 */
public final class FieldMessages {

  private FieldMessages() {}

  public static void show(String formId, RosterException refusal) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (refusal.errors().isEmpty()) {
      add(faces, null, Messages.get(locale(faces), refusal.messageKey()));
    }
    for (FieldError error : refusal.errors()) {
      add(faces, clientIdOf(faces, formId, error.field()), error.message());
    }
    faces.validationFailed();
  }

  public static void show(String formId, ConstraintViolationException violations) {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
      String field = lastNode(violation.getPropertyPath());
      add(faces, clientIdOf(faces, formId, field), violation.getMessage());
    }
    faces.validationFailed();
  }

  /** The client id of the form's input for this field, or null when the form has none. */
  private static String clientIdOf(FacesContext faces, String formId, String field) {
    if (field == null) {
      return null;
    }
    String clientId = formId + ":" + field;
    return faces.getViewRoot().findComponent(":" + clientId) == null ? null : clientId;
  }

  private static String lastNode(Path path) {
    String name = null;
    for (Path.Node node : path) {
      name = node.getName();
    }
    return name;
  }

  private static void add(FacesContext faces, String clientId, String text) {
    faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  public static Locale locale(FacesContext faces) {
    return faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
  }
}
