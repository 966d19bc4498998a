package app.roster.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;

/** The site's front door (/): signed-in people go to their home, others to sign in. */
@Named
@RequestScoped
public class LandingView {

  @Inject SecurityContext security;

  @Inject FacesContext faces;

  @Inject Landing landing;

  public void route() throws IOException {
    var external = faces.getExternalContext();
    if (security.getCallerPrincipal() == null) {
      external.redirect(external.getRequestContextPath() + "/signin.xhtml");
    } else {
      external.redirect(landing.pathFor(security, null));
    }
  }
}
