package app.roster.privacy;

import app.roster.platform.RosterException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The console's "Export data" download, /console/members/export?id=42: the same export as the API,
 * for an Owner signed in to the console (the API takes HTTP Basic, not the console's session).
 */
@WebServlet("/console/members/export")
public class MemberExportServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject PrivacyRequests privacy;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long id;
    try {
      id = Long.parseLong(request.getParameter("id"));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    try {
      byte[] json = privacy.export(id).toString().getBytes(StandardCharsets.UTF_8);
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      response.setHeader("Content-Disposition", "attachment; filename=\"member-" + id + ".json\"");
      response.setContentLength(json.length);
      response.getOutputStream().write(json);
    } catch (jakarta.ejb.EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    } catch (RosterException refusal) {
      response.sendError(refusal.status());
    }
  }
}
