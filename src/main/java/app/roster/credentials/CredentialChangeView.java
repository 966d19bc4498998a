package app.roster.credentials;

import app.roster.platform.FieldMessages;
import app.roster.platform.Messages;
import app.roster.platform.Notices;
import app.roster.platform.RosterException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Change Email and Change Phone on a member's profile: the two dialogs, and the card that shows the
 * pending change with Cancel and Resend. View-scoped, so the member and the dialog's input survive
 * the Ajax requests; the service decides who may do what.
 */
@Named
@ViewScoped
public class CredentialChangeView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  @Inject Credentials credentials;

  @Inject Clock clock;

  private Long memberId;
  private PendingChange pending;
  private boolean loaded;
  private boolean allowed;
  private String email;
  private String phone;

  /** The member's pending change, read once per view (and again after each act here). */
  public PendingChange pendingOf(long id) {
    if (!loaded || memberId == null || memberId != id) {
      memberId = id;
      refresh();
    }
    return pending;
  }

  /**
   * Whether the signed-in admin may change this member's credentials (credentials.change, and every
   * permission of the member's role): the profile offers the actions and the card only then.
   */
  public boolean allowedFor(long id) {
    pendingOf(id);
    return allowed;
  }

  public void openEmail(long id) {
    memberId = id;
    email = null;
  }

  public void openPhone(long id) {
    memberId = id;
    phone = null;
  }

  public void requestEmail() {
    try {
      credentials.requestEmailChange(memberId, email);
      done("credential.requested");
    } catch (RosterException refusal) {
      FieldMessages.show("emailChange", refusal);
    }
  }

  public void requestPhone() {
    try {
      credentials.requestPhoneChange(memberId, phone);
      done("credential.requested");
    } catch (RosterException refusal) {
      FieldMessages.show("phoneChange", refusal);
    }
  }

  public void cancel() {
    try {
      credentials.cancel(memberId);
      done("credential.cancelled");
    } catch (RosterException refusal) {
      FieldMessages.show("credentials", refusal);
      refresh();
    }
  }

  public void resend() {
    try {
      credentials.resend(memberId);
      done("credential.resent");
    } catch (RosterException refusal) {
      FieldMessages.show("credentials", refusal);
      refresh();
    }
  }

  private void done(String key) {
    Notices.done(key);
    refresh();
  }

  private void refresh() {
    loaded = true;
    Instant now = clock.instant();
    try {
      pending =
          credentials
              .pendingOf(memberId)
              .map(c -> new PendingChange(CredentialChangeJson.of(c, now)))
              .orElse(null);
      allowed = true;
    } catch (RosterException | jakarta.ejb.EJBAccessException refused) {
      pending = null;
      allowed = false;
    }
  }

  public String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }

  /** "New sign-in email", "New phone number". */
  public String newValueLabel(String field) {
    return Messages.get(
        FacesContext.getCurrentInstance().getViewRoot().getLocale(),
        "credential.card.newValue",
        Messages.get("credential.field." + field));
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }
}
