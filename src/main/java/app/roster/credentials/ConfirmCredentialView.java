package app.roster.credentials;

import app.roster.platform.Conflict;
import app.roster.platform.LinkRefused;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The public page behind a credential change link (/credentials/confirm?token=...). Opening it only
 * shows what will change and a Confirm button; pressing it (a POST) applies the change. Unusable
 * links answer 404 or 410 with a page that says why; a new value taken by someone else in the
 * meantime answers 409 and changes nothing.
 */
@Named
@ViewScoped
public class ConfirmCredentialView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  @Inject Credentials credentials;

  private String token;
  private CredentialOffer offer;
  private boolean confirmed;
  private boolean taken;
  private String refusalKey;

  /** Reads the link on opening the page. Reading never changes anything. */
  public void load() {
    noStore();
    try {
      offer = credentials.describe(token);
    } catch (LinkRefused refused) {
      refuse(refused);
    }
  }

  public void confirm() {
    noStore();
    try {
      offer = credentials.confirm(token);
      confirmed = true;
    } catch (LinkRefused refused) {
      refuse(refused);
    } catch (Conflict conflict) {
      taken = true;
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(409);
    }
  }

  private void refuse(LinkRefused refused) {
    offer = null;
    refusalKey = refused.pageKey();
    FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(refused.status());
  }

  /** The address holds a secret: no cache, proxy or back button should keep the page. */
  private static void noStore() {
    FacesContext.getCurrentInstance()
        .getExternalContext()
        .setResponseHeader("Cache-Control", "no-store");
  }

  public String getExpiresAt() {
    return offer == null ? "" : TIME.format(offer.getExpiresAt());
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public CredentialOffer getOffer() {
    return offer;
  }

  /** Whether the page asks: a usable link, not yet confirmed, nothing in the way. */
  public boolean isAsking() {
    return offer != null && !confirmed && !taken;
  }

  public boolean isConfirmed() {
    return confirmed;
  }

  public boolean isTaken() {
    return taken;
  }

  /** The bundle key prefix of the refusal's texts, e.g. credential.refused.expired. */
  public String getRefusalKey() {
    return refusalKey;
  }
}
