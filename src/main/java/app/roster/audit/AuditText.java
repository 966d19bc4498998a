package app.roster.audit;

import app.roster.platform.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How an audit entry reads in the console, for Settings → Audit log and a member's History tab
 * alike: the time in UTC, the action, source and target in the viewer's language, the details as
 * one line of "field: before → after".
 */
@Named
@ApplicationScoped
public class AuditText {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  public String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }

  public String actionLabel(String name) {
    return Messages.get(locale(), "audit.action." + name);
  }

  public String source(AuditSource value) {
    return Messages.get(locale(), "audit.source." + value.name());
  }

  /** "Member 42"; an experiment by its key while the details still name it. */
  public String target(AuditEntry entry) {
    String key = "audit.target." + entry.getTargetType();
    if ("experiment".equals(entry.getTargetType())) {
      String experiment = AuditJson.details(entry.getDetails()).getString("experiment", null);
      if (experiment != null) {
        return Messages.get(locale(), key + ".named", experiment);
      }
    }
    return Messages.get(locale(), key, entry.getTargetId());
  }

  public String details(AuditEntry entry) {
    return DetailsText.of(AuditJson.details(entry.getDetails()));
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }
}
