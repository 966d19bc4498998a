package app.roster.labels;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The labels of the rows a table shows, read in one query per rendered page rather than one per
 * row: {@code #{labelChips.of(table.wrappedData, row.id)}}.
 */
@Named
@RequestScoped
public class LabelChips {

  @Inject Labels labels;

  private final Map<Object, Map<Long, List<Label>>> byPage = new IdentityHashMap<>();

  public List<Label> of(List<?> rows, long memberId) {
    if (rows == null) {
      return List.of();
    }
    Map<Long, List<Label>> page = byPage.computeIfAbsent(rows, r -> labels.ofMembers(ids(rows)));
    return page.getOrDefault(memberId, List.of());
  }

  private static List<Long> ids(List<?> rows) {
    ToLongFunction<Object> id = LabelChips::idOf;
    return rows.stream().mapToLong(id).boxed().toList();
  }

  private static long idOf(Object row) {
    if (row instanceof app.roster.members.MemberSummary summary) {
      return summary.getId();
    }
    throw new IllegalArgumentException("Not a member row: " + row);
  }
}
