package app.roster.members;

import app.roster.labels.Label;
import app.roster.members.MemberFilter.LabelMatch;
import app.roster.platform.FieldError;
import app.roster.platform.InvalidInput;
import app.roster.platform.Messages;
import app.roster.platform.Page;
import app.roster.platform.PageRequest;
import app.roster.roles.Role;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Lists members for the console and the API without ever loading or scanning the whole table. The
 * page is found first as ids alone, walking the index that matches the sort (a deferred join, so
 * deep pages stay cheap), and only those rows are then loaded. Search narrows by
 * member_search_token, one indexed prefix lookup per word.
 */
final class MemberQueries {

  /** Sort fields the list offers, each served by an index ending in (..., id). */
  private static final Map<String, String> SORTS =
      Map.of(
          "name", "m.name",
          "email", "m.email_norm",
          "phone", "m.phone_e164",
          "createdAt", "m.created_at",
          "type", "m.member_type",
          "role", "m.role_id");

  private final EntityManager em;

  MemberQueries(EntityManager em) {
    this.em = em;
  }

  Page<Member> page(MemberFilter filter, Role role, PageRequest request) {
    Where where = where(filter, role);
    labels(where, filter);
    String order = orderBy(request);
    var ids = em.createNativeQuery("SELECT m.id FROM member m" + where.sql + " ORDER BY " + order);
    where.bind(ids);
    ids.setFirstResult((int) Math.min(request.offset(), Integer.MAX_VALUE));
    ids.setMaxResults(request.size());
    List<Long> pageIds = ids.getResultList().stream().map(MemberQueries::toLong).toList();

    var count = em.createNativeQuery("SELECT COUNT(*) FROM member m" + where.sql);
    where.bind(count);
    long total = toLong(count.getSingleResult());
    return new Page<>(load(pageIds), total);
  }

  /**
   * The ids of the next members matching the filter after {@code afterId}, in id order: the primary
   * key keeps the walk stable while a bulk job changes what it walks over (removing the very label
   * it filters by, for one).
   */
  List<Long> idsAfter(MemberFilter filter, Role role, long afterId, int limit) {
    Where where = where(filter, role);
    labels(where, filter);
    where.and("m.id > ?", afterId);
    var ids = em.createNativeQuery("SELECT m.id FROM member m" + where.sql + " ORDER BY m.id");
    where.bind(ids);
    ids.setMaxResults(limit);
    return ids.getResultList().stream().map(MemberQueries::toLong).toList();
  }

  private List<Member> load(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Member> rows =
        em.createQuery("SELECT m FROM Member m JOIN FETCH m.role WHERE m.id IN :ids", Member.class)
            .setParameter("ids", ids)
            .getResultList();
    Map<Long, Integer> position = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      position.put(ids.get(i), i);
    }
    return rows.stream().sorted(Comparator.comparing(m -> position.get(m.getId()))).toList();
  }

  private static Where where(MemberFilter filter, Role role) {
    Where where = new Where();
    where.and("m.status = ?", filter.listing().status().name());
    if (filter.listing().kind() != null) {
      where.and("m.kind = ?", filter.listing().kind().name());
    }
    if (filter.type() != null) {
      where.and("m.member_type = ?", filter.type().name());
    }
    if (role != null) {
      where.and("m.role_id = ?", role.getId());
    }
    List<String> prefixes = SearchTerms.queryPrefixes(filter.query());
    if (prefixes.isEmpty() && filter.query() != null && !filter.query().isBlank()) {
      // Only punctuation was typed ("%", "_"): it matches no name, email or phone.
      where.and("m.id < ?", 0L);
    }
    for (String prefix : prefixes) {
      where.and(
          "m.id IN (SELECT t.member_id FROM member_search_token t WHERE t.token LIKE ? ESCAPE '!')",
          escapeLike(prefix) + "%");
    }
    return where;
  }

  /**
   * Narrows by labels with EXISTS over member_label, which both databases answer from the indexes:
   * the primary key (member_id, label_id) when walking members in sort order, or (label_id,
   * member_id) when the label is rare and the optimiser drives from it (MariaDB turns EXISTS into a
   * semi-join). The label names are resolved to ids first through the unique name index.
   */
  private void labels(Where where, MemberFilter filter) {
    if (filter.labels().isEmpty()) {
      return;
    }
    List<Long> ids = labelIds(filter.labels());
    LabelMatch match = filter.labelMatch();
    if (ids.isEmpty()) {
      if (match != LabelMatch.NONE) {
        where.and("m.id < ?", 0L);
      }
      return;
    }
    if (match == LabelMatch.ALL) {
      if (ids.size()
          < new TreeSet<>(filter.labels().stream().map(Label::normalize).toList()).size()) {
        where.and("m.id < ?", 0L);
        return;
      }
      for (Long id : ids) {
        where.and(
            "EXISTS (SELECT 1 FROM member_label ml WHERE ml.member_id = m.id AND ml.label_id = ?)",
            id);
      }
      return;
    }
    String exists =
        "EXISTS (SELECT 1 FROM member_label ml WHERE ml.member_id = m.id AND ml.label_id IN ("
            + String.join(", ", java.util.Collections.nCopies(ids.size(), "?"))
            + "))";
    where.andAll(match == LabelMatch.NONE ? "NOT " + exists : exists, ids);
  }

  private List<Long> labelIds(List<String> names) {
    List<String> norms = names.stream().map(Label::normalize).distinct().toList();
    return em.createQuery("SELECT l.id FROM Label l WHERE l.nameNorm IN :names", Long.class)
        .setParameter("names", norms)
        .getResultList();
  }

  private static String orderBy(PageRequest request) {
    String field = request.sortField() == null ? "name" : request.sortField();
    String column = SORTS.get(field);
    if (column == null) {
      throw new InvalidInput(
          "error.sort",
          new FieldError(
              "sort",
              Messages.get("error.sort", String.join(", ", new TreeSet<>(SORTS.keySet())))));
    }
    String direction = request.descending() ? " DESC" : " ASC";
    if (field.equals("type") || field.equals("role")) {
      return column + direction + ", m.name" + direction + ", m.id" + direction;
    }
    return column + direction + ", m.id" + direction;
  }

  static String escapeLike(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  private static long toLong(Object value) {
    return ((Number) value).longValue();
  }

  /** A WHERE clause with its positional parameters, built up one condition at a time. */
  private static final class Where {
    private final StringBuilder sqlBuilder = new StringBuilder();
    private final List<Object> params = new ArrayList<>();
    private String sql = "";

    void and(String condition, Object param) {
      sqlBuilder.append(params.isEmpty() ? " WHERE " : " AND ").append(condition);
      params.add(param);
      sql = sqlBuilder.toString();
    }

    void andAll(String condition, List<?> values) {
      sqlBuilder.append(params.isEmpty() ? " WHERE " : " AND ").append(condition);
      params.addAll(values);
      sql = sqlBuilder.toString();
    }

    void bind(jakarta.persistence.Query query) {
      for (int i = 0; i < params.size(); i++) {
        query.setParameter(i + 1, params.get(i));
      }
    }
  }
}
