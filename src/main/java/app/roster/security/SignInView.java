package app.roster.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;

/** The sign-in form: hands email and password to the security mechanism, then sends on. */
@Named
@RequestScoped
public class SignInView {

  @Inject SecurityContext security;

  @Inject FacesContext faces;

  @Inject Landing landing;

  @Inject FormSignIn formSignIn;

  private String email;
  private String password;
  private String next;

  /** Someone already signed in who opens the sign-in page goes straight to their pages. */
  public void redirectWhenSignedIn() throws IOException {
    if (security.getCallerPrincipal() != null) {
      faces.getExternalContext().redirect(landing.pathFor(security, null));
    }
  }

  public void signIn() throws IOException {
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status = formSignIn.signIn(faces, email, password);
    switch (status) {
      case SUCCESS -> external.redirect(landing.pathFor(security, next));
      case SEND_CONTINUE -> faces.responseComplete();
      default -> {
        password = null;
        boolean unavailable =
            external.getRequestMap().get(RosterAuthentication.SIGN_IN_UNAVAILABLE) != null;
        String text =
            faces
                .getApplication()
                .getResourceBundle(faces, "msg")
                .getString(unavailable ? "signin.unavailable" : "signin.failed");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
      }
    }
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
