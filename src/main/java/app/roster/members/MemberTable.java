package app.roster.members;

import app.roster.platform.Page;
import app.roster.platform.PageRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The console's member list as PrimeFaces pages through it: each page comes from {@link
 * Members#list} with its exact total, narrowed by the filter the page holds when the table renders.
 * Only the rows on screen are ever loaded.
 */
public class MemberTable extends LazyDataModel<MemberSummary> {

  private static final long serialVersionUID = 1L;

  private final Members members;
  private final FilterSource filter;
  private int total;

  MemberTable(Members members, FilterSource filter) {
    this.members = members;
    this.filter = filter;
  }

  /**
   * PrimeFaces asks for the count before the page. The service answers both in one call, so this
   * returns the total of the last page loaded, and {@link #load} sets the fresh one. A change of
   * filter always starts again on the first page, so a stale count never hides rows.
   */
  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return total;
  }

  @Override
  public List<MemberSummary> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    PageRequest request = new PageRequest(first / pageSize, pageSize, sort(sortBy));
    Page<Member> page = members.list(filter.get(), request);
    total = (int) Math.min(page.total(), Integer.MAX_VALUE);
    setRowCount(total);
    return page.items().stream().map(MemberSummary::of).toList();
  }

  @Override
  public String getRowKey(MemberSummary row) {
    return String.valueOf(row.getId());
  }

  /**
   * A selected row by its key (the member id), for selections the table keeps across pages: from
   * the page on screen when it is there, else read by id; null when the member is gone.
   */
  @Override
  public MemberSummary getRowData(String rowKey) {
    List<MemberSummary> rows = getWrappedData();
    if (rows != null) {
      for (MemberSummary row : rows) {
        if (String.valueOf(row.getId()).equals(rowKey)) {
          return row;
        }
      }
    }
    try {
      return MemberSummary.of(members.find(Long.parseLong(rowKey)));
    } catch (NumberFormatException | app.roster.platform.NotFound e) {
      return null;
    }
  }

  private static String sort(Map<String, SortMeta> sortBy) {
    return sortBy.values().stream()
        .filter(meta -> meta.getOrder() != SortOrder.UNSORTED)
        .findFirst()
        .map(meta -> (meta.getOrder() == SortOrder.DESCENDING ? "-" : "") + meta.getField())
        .orElse(null);
  }

  /** Where the table reads the current search and filters from: the page's view bean. */
  @FunctionalInterface
  interface FilterSource extends Serializable {
    MemberFilter get();
  }
}
