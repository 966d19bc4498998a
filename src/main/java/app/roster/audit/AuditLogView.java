package app.roster.audit;

import app.roster.members.MemberFilter;
import app.roster.members.Members;
import app.roster.platform.PageRequest;
import app.roster.security.Permission;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Settings → Audit log: every recorded act, newest first, narrowed by who acted (found by name or
 * email), which action, and a date range. View-scoped so the filters survive the table's Ajax
 * requests. Access is decided by {@link AuditLog}; the check here only turns a refusal into a
 * proper 403 page.
 */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AuditLog log;

  @Inject Members members;

  private String actorText;
  private Long actorId;
  private String action;
  private LocalDate from;
  private LocalDate to;

  /** The members the last search offered, by label, to turn the chosen label into an id. */
  private final Map<String, Long> offered = new HashMap<>();

  private final LazyDataModel<AuditEntry> entries = new EntryRows();

  public void checkAccess() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!faces.getExternalContext().isUserInRole(Permission.AUDIT_VIEW)) {
      faces.getExternalContext().responseSendError(403, null);
      faces.responseComplete();
    }
  }

  /** Members whose name or email starts with what the admin typed, as "Name <email>". */
  public List<String> completeActor(String text) {
    offered.clear();
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return members
        .list(new MemberFilter(text, null, null), new PageRequest(0, 10, null))
        .items()
        .stream()
        .map(
            m -> {
              String label = AuditTrail.label(m.getName(), m.getEmail());
              offered.put(label, m.getId());
              return label;
            })
        .toList();
  }

  public void onActorSelect(SelectEvent<String> event) {
    actorId = offered.get(event.getObject());
  }

  /** Typing without choosing, or clearing the field, filters by nobody in particular. */
  public void onActorChange() {
    if (actorText == null || actorText.isBlank() || !offered.containsKey(actorText)) {
      actorId = null;
    } else {
      actorId = offered.get(actorText);
    }
  }

  public List<String> getActions() {
    return AuditActions.ALL;
  }

  public LazyDataModel<AuditEntry> getEntries() {
    return entries;
  }

  public String getActorText() {
    return actorText;
  }

  public void setActorText(String actorText) {
    this.actorText = actorText;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  private AuditFilter filter() {
    String known = action != null && AuditActions.ALL.contains(action) ? action : null;
    Instant start = from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant end = to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    return new AuditFilter(actorId, known, start, end);
  }

  /** The table's rows, one page at a time, with the filters above the table. */
  private final class EntryRows extends LazyDataModel<AuditEntry> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(log.count(filter()), Integer.MAX_VALUE);
    }

    @Override
    public List<AuditEntry> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      int size = Math.min(pageSize, PageRequest.MAX_SIZE);
      return log.search(filter(), new PageRequest(first / size, size, null)).items();
    }

    @Override
    public String getRowKey(AuditEntry entry) {
      return String.valueOf(entry.getId());
    }

    @Override
    public AuditEntry getRowData(String rowKey) {
      return getWrappedData().stream()
          .filter(e -> String.valueOf(e.getId()).equals(rowKey))
          .findFirst()
          .orElse(null);
    }
  }
}
