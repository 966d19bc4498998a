package app.roster.audit;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Notes for the audit trail where each request comes from: paths under /api are the API, everything
 * else the console (and the public pages); the client address honours X-Forwarded-For only from the
 * proxies listed in roster.trusted-proxies.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class OriginFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject RequestOrigin origin;

  @Inject
  @ConfigProperty(name = "roster.trusted-proxies")
  Optional<String> trustedProxies;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    AuditSource source =
        path.equals("/api") || path.startsWith("/api/") ? AuditSource.API : AuditSource.CONSOLE;
    String address =
        new ClientAddress(trustedProxies.orElse(null))
            .of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    origin.set(source, address);
    chain.doFilter(request, response);
  }
}
