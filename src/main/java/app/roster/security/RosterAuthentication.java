package app.roster.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How callers prove who they are. Jakarta Security 3 allows one mechanism per application, so this
 * one looks at the path: the API takes HTTP Basic on every request and never creates a session
 * (verified credentials are remembered briefly, see {@link ApiCredentials}, so PBKDF2 does not run
 * on every call); the console and the member's pages sign in through the sign-in page and then ride
 * on the session, checked against the member's session epoch on each request so that archiving or a
 * credential change signs them out everywhere.
 */
@ApplicationScoped
public class RosterAuthentication implements HttpAuthenticationMechanism {

  static final String SIGN_IN_PAGE = "/signin.xhtml";

  /** Set on the request when a sign-in failed because the database did not answer. */
  public static final String SIGN_IN_UNAVAILABLE = "roster.signIn.unavailable";

  private static final String UNAVAILABLE_DETAIL =
      "Roster cannot reach its database right now. Try again in a minute.";

  private static final Logger LOG = Logger.getLogger(RosterAuthentication.class.getName());

  @Inject IdentityStoreHandler identities;

  @Inject SignIns signIns;

  @Inject ApiCredentials apiCredentials;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    try {
      if (credential != null) {
        return signIn(request, context, credential);
      }
      if (isApi(request)) {
        return authenticateApiCall(request, response, context);
      }
    } catch (RuntimeException e) {
      if (!isDatabaseDown(e)) {
        throw e;
      }
      LOG.log(Level.WARNING, "Cannot check credentials: the database does not answer", e);
      if (credential != null) {
        request.setAttribute(SIGN_IN_UNAVAILABLE, Boolean.TRUE);
        return AuthenticationStatus.SEND_FAILURE;
      }
      return problem(response, 503, "Service Unavailable", UNAVAILABLE_DETAIL);
    }
    Optional<SignedIn> session = currentSession(request);
    if (session.isPresent()) {
      SignedIn signedIn = session.get();
      return context.notifyContainerAboutLogin(
          new CallerPrincipal(String.valueOf(signedIn.memberId())), signedIn.groups());
    }
    if (context.isProtected()) {
      return sendToSignIn(request, response, context);
    }
    return context.doNothing();
  }

  /**
   * Redirects to the sign-in page. An Ajax request (a console save after the session ended) gets
   * the redirect as a Faces partial response, which the page follows; a plain 302 would be dropped
   * silently by the Ajax call and the user's edit would seem to vanish.
   */
  private static AuthenticationStatus sendToSignIn(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String target = signInUrl(request);
    if (!"partial/ajax".equals(request.getHeader("Faces-Request"))) {
      return context.redirect(target);
    }
    try {
      response.setStatus(HttpServletResponse.SC_OK);
      response.setContentType("text/xml");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + target.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
                  + "\"/></partial-response>");
    } catch (IOException e) {
      // The browser went away; nothing more to tell it.
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  private static boolean isDatabaseDown(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException || t instanceof PersistenceException) {
        return true;
      }
    }
    return false;
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request, HttpMessageContext context, Credential credential) {
    CredentialValidationResult result = identities.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    long memberId = Long.parseLong(result.getCallerPrincipal().getName());
    int epoch = signIns.sessionEpoch(memberId).orElse(0);
    HttpSession old = request.getSession(false);
    if (old != null) {
      request.changeSessionId();
    }
    request
        .getSession(true)
        .setAttribute(
            SignedIn.SESSION_KEY,
            new SignedIn(memberId, Set.copyOf(result.getCallerGroups()), epoch));
    return context.notifyContainerAboutLogin(result);
  }

  /** The session's member, unless it was archived or its epoch moved on since sign-in. */
  private Optional<SignedIn> currentSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || !(session.getAttribute(SignedIn.SESSION_KEY) instanceof SignedIn s)) {
      return Optional.empty();
    }
    Optional<Integer> epoch = signIns.sessionEpoch(s.memberId());
    if (epoch.isEmpty() || epoch.get() != s.epoch()) {
      session.invalidate();
      return Optional.empty();
    }
    return Optional.of(new SignedIn(s.memberId(), signIns.currentGroups(s.memberId()), s.epoch()));
  }

  private AuthenticationStatus authenticateApiCall(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      Optional<UsernamePasswordCredential> basic = decodeBasic(header.substring(6).trim());
      if (basic.isPresent()) {
        CredentialValidationResult result =
            apiCredentials.validate(basic.get().getCaller(), basic.get().getPasswordAsString());
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
          return context.notifyContainerAboutLogin(result);
        }
      }
      return unauthorized(response, "The email or password is not right.");
    }
    if (context.isProtected()) {
      return unauthorized(response, "Sign in with HTTP Basic: your email and password.");
    }
    return context.doNothing();
  }

  private static Optional<UsernamePasswordCredential> decodeBasic(String encoded) {
    try {
      String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        return Optional.empty();
      }
      return Optional.of(
          new UsernamePasswordCredential(
              decoded.substring(0, colon), decoded.substring(colon + 1)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"Roster\", charset=\"UTF-8\"");
    return problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail);
  }

  /** Answers with an RFC 9457 problem before the request reaches the REST API's own mappers. */
  private static AuthenticationStatus problem(
      HttpServletResponse response, int status, String title, String detail) {
    try {
      response.setStatus(status);
      if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
        response.setHeader("Retry-After", "30");
      }
      response.setContentType("application/problem+json");
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              Json.createObjectBuilder()
                  .add("type", "about:blank")
                  .add("title", title)
                  .add("status", status)
                  .add("detail", detail)
                  .build()
                  .toString());
    } catch (IOException e) {
      // The client went away; nothing more to tell it.
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static boolean isApi(HttpServletRequest request) {
    return path(request).startsWith("/api/");
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  private static String signInUrl(HttpServletRequest request) {
    String next = path(request);
    if (request.getQueryString() != null) {
      next += "?" + request.getQueryString();
    }
    return request.getContextPath()
        + SIGN_IN_PAGE
        + "?next="
        + URLEncoder.encode(next, StandardCharsets.UTF_8);
  }
}
