package app.roster.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.security.enterprise.SecurityContext;

/** Where a signed-in person belongs: team members in the console, customers on their page. */
@ApplicationScoped
public class Landing {

  public static final String CONSOLE_HOME = "/console/members/index.xhtml";
  public static final String MY_HOME = "/my/profile.xhtml";

  /**
   * The path to send the caller to, honouring {@code next} only when it is a local path they may
   * open (never another site: "//evil.example" and "http:" are ignored).
   */
  public String pathFor(SecurityContext security, String next) {
    String contextPath =
        FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    boolean team = security.isCallerInRole(Permission.TEAM);
    if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")) {
      boolean consolePath = next.startsWith("/console/");
      if (!consolePath || team) {
        return contextPath + next;
      }
    }
    return contextPath + (team ? CONSOLE_HOME : MY_HOME);
  }
}
