package app.roster.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Signs a person in from a page's form (the sign-in page, or right after accepting an invitation)
 * through Roster's one security mechanism, which starts a fresh session.
 */
@ApplicationScoped
public class FormSignIn {

  @Inject SecurityContext security;

  public AuthenticationStatus signIn(FacesContext faces, String email, String password) {
    ExternalContext external = faces.getExternalContext();
    return security.authenticate(
        (HttpServletRequest) external.getRequest(),
        (HttpServletResponse) external.getResponse(),
        AuthenticationParameters.withParams()
            .newAuthentication(true)
            .credential(new UsernamePasswordCredential(email, new Password(password))));
  }
}
