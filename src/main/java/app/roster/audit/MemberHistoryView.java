package app.roster.audit;

import app.roster.platform.PageRequest;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The History tab of a member's profile: what was done to or about the member, newest first, one
 * page at a time over the audit log's member index, with the actor, the source, the client address
 * and the before/after of changed fields. Access is decided by {@link AuditLog} (audit.view).
 */
@Named
@ViewScoped
public class MemberHistoryView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AuditLog log;

  private Long memberId;

  private final LazyDataModel<AuditEntry> entries = new HistoryRows();

  /** The rows of this member's history. */
  public LazyDataModel<AuditEntry> entriesOf(long id) {
    memberId = id;
    return entries;
  }

  private final class HistoryRows extends LazyDataModel<AuditEntry> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      if (memberId == null) {
        return 0;
      }
      return (int)
          Math.min(log.history(memberId, new PageRequest(0, 1, null)).total(), Integer.MAX_VALUE);
    }

    @Override
    public List<AuditEntry> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      if (memberId == null) {
        return List.of();
      }
      int size = Math.min(pageSize, PageRequest.MAX_SIZE);
      return log.history(memberId, new PageRequest(first / size, size, null)).items();
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
