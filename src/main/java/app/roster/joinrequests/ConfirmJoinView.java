package app.roster.joinrequests;

import app.roster.platform.LinkRefused;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The public page behind the link in a join confirmation mail (/join/confirm?token=...). Opening it
 * only shows a button; pressing it confirms the email and hands the request to the admins. An
 * unusable link answers 404 or 410 with a page that says why.
 */
@Named
@ViewScoped
public class ConfirmJoinView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject JoinRequests requests;

  private String token;
  private String email;
  private boolean confirmed;
  private LinkRefused refusal;

  /** Reads the link on opening the page. Reading never changes the request. */
  public void load() {
    noStore();
    try {
      email = requests.describeConfirmation(token).getEmail();
    } catch (LinkRefused refused) {
      refuse(refused);
    }
  }

  public void confirm() {
    noStore();
    try {
      requests.confirm(token);
      confirmed = true;
    } catch (LinkRefused refused) {
      refuse(refused);
    }
  }

  private void refuse(LinkRefused refused) {
    email = null;
    refusal = refused;
    FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(refused.status());
  }

  /** The address holds a secret: no cache, proxy or back button should keep the page. */
  private static void noStore() {
    FacesContext.getCurrentInstance()
        .getExternalContext()
        .setResponseHeader("Cache-Control", "no-store");
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getEmail() {
    return email;
  }

  public boolean isConfirmed() {
    return confirmed;
  }

  /** The bundle key prefix of the refusal's texts, e.g. join.refused.expired. */
  public String getRefusalKey() {
    return refusal == null ? null : refusal.pageKey();
  }
}
