package app.roster.platform;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Marks the session cookie Secure when Roster is served over HTTPS (roster.cookies.secure, on by
 * default when roster.base-url starts with https), so it never travels in clear text.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    var config = ConfigProvider.getConfig();
    boolean https =
        config.getOptionalValue("roster.base-url", String.class).orElse("").startsWith("https:");
    boolean secure = config.getOptionalValue("roster.cookies.secure", Boolean.class).orElse(https);
    var cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setSecure(secure);
    cookie.setHttpOnly(true);
    cookie.setAttribute("SameSite", "Lax");
  }
}
