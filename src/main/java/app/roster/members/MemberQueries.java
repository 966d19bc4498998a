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
import java.util.Set;
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

  /** Sorts whose column is never null, so that a bookmark (column, id) orders every row. */
  private static final Set<String> MARKABLE_SORTS = Set.of("name", "createdAt");

  private final PageMarks marks;

  MemberQueries(EntityManager em, PageMarks marks) {
    this.em = em;
    this.marks = marks;
  }

  Page<Member> page(MemberFilter filter, Role role, PageRequest request) {
    Where where = where(filter, role);
    SearchPlan words = searchPlan(filter, true);
    search(where, words, true);
    LabelPlan plan = labelPlan(filter);
    labels(where, plan, false);
    String order = orderBy(request);
    long total = total(filter, role, words, plan);
    long skip = request.offset();
    String field = request.sortField() == null ? "name" : request.sortField();
    if (plan == null && !searches(filter) && MARKABLE_SORTS.contains(field) && skip > 0) {
      String column = SORTS.get(field);
      boolean descending = request.descending();
      Where listing = where;
      PageMarks.Start start =
          marks.start(
              listing.describe() + " ORDER BY " + order,
              total,
              skip,
              (after, n) -> hop(listing, column, descending, order, after, n));
      if (start.key() != null) {
        where = listing.copy();
        after(where, column, descending, start.key());
      }
      skip = start.skip();
    }
    var ids = em.createNativeQuery("SELECT m.id FROM member m" + where.sql + " ORDER BY " + order);
    where.bind(ids);
    ids.setFirstResult((int) Math.min(skip, Integer.MAX_VALUE));
    ids.setMaxResults(request.size());
    List<Long> pageIds = ids.getResultList().stream().map(MemberQueries::toLong).toList();
    return new Page<>(load(pageIds), total);
  }

  /**
   * The sort key of the n-th row after {@code after} (of the list when null); null past the end.
   */
  private Object[] hop(
      Where listing, String column, boolean descending, String order, Object[] after, int n) {
    Where where = listing.copy();
    if (after != null) {
      after(where, column, descending, after);
    }
    var query =
        em.createNativeQuery(
            "SELECT " + column + ", m.id FROM member m" + where.sql + " ORDER BY " + order);
    where.bind(query);
    query.setFirstResult(n - 1);
    query.setMaxResults(1);
    List<?> rows = query.getResultList();
    return rows.isEmpty() ? null : (Object[]) rows.get(0);
  }

  /** Rows after the key in the sort's direction: a keyset condition over (column, id). */
  private static void after(Where where, String column, boolean descending, Object[] key) {
    String beyond = descending ? " < ?" : " > ?";
    where.andAll(
        "(" + column + beyond + " OR (" + column + " = ? AND m.id" + beyond + "))",
        List.of(key[0], key[0], key[1]));
  }

  /**
   * The ids of the next members matching the filter after {@code afterId}, in id order: the primary
   * key keeps the walk stable while a bulk job changes what it walks over (removing the very label
   * it filters by, for one).
   */
  List<Long> idsAfter(MemberFilter filter, Role role, long afterId, int limit) {
    Where where = where(filter, role);
    search(where, searchPlan(filter, false), false);
    labels(where, labelPlan(filter), false);
    where.and("m.id > ?", afterId);
    var ids = em.createNativeQuery("SELECT m.id FROM member m" + where.sql + " ORDER BY m.id");
    where.bind(ids);
    ids.setMaxResults(limit);
    return ids.getResultList().stream().map(MemberQueries::toLong).toList();
  }

  /**
   * The exact total. A list filtered by nothing but status, kind, type and role, or by one label
   * besides, sums a few counter rows that the database keeps in step with every write (member_tally
   * and label_tally); searches and several labels count the matching rows.
   */
  private long total(MemberFilter filter, Role role, SearchPlan words, LabelPlan plan) {
    if (words != null) {
      return count(filter, role, words, plan);
    }
    if (plan == null) {
      return tally("member_tally", filter, role, null);
    }
    boolean oneLabel =
        plan.ids().size() == 1 && !(plan.match() == LabelMatch.ALL && plan.unknown());
    if (!oneLabel) {
      return count(filter, role, null, plan);
    }
    long carriers = tally("label_tally", filter, role, plan.ids().get(0));
    return plan.match() == LabelMatch.NONE
        ? tally("member_tally", filter, role, null) - carriers
        : carriers;
  }

  /** A sum over member_tally or label_tally with the list's status, kind, type and role. */
  private long tally(String table, MemberFilter filter, Role role, Long labelId) {
    Where where = where(filter, role);
    if (labelId != null) {
      where.and("m.label_id = ?", labelId);
    }
    var sum =
        em.createNativeQuery("SELECT COALESCE(SUM(m.members), 0) FROM " + table + " m" + where.sql);
    where.bind(sum);
    return toLong(sum.getSingleResult());
  }

  private static boolean searches(MemberFilter filter) {
    return filter.query() != null && !filter.query().isBlank();
  }

  private long count(MemberFilter filter, Role role, SearchPlan words, LabelPlan plan) {
    Where counted = where(filter, role);
    search(counted, words, false);
    labels(counted, plan, true);
    var count = em.createNativeQuery("SELECT COUNT(*) FROM member m" + counted.sql);
    counted.bind(count);
    return toLong(count.getSingleResult());
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
    return where;
  }

  /**
   * Above this many token rows a search prefix is common (a letter or two: "m", "ma"): a page then
   * walks the members in sort order and probes each one's few tokens through (member_id), stopping
   * after a page of matches. Below it the rarest prefix drives: its members are found through the
   * token index and sorted, and any other words are probed. The threshold is high because matches
   * of one script cluster in name order (a Korean syllable matches nobody among the Latin names a
   * walk meets first). Counts always drive from the tokens, so they cost what the hits number.
   */
  static final int COMMON_TOKEN_ROWS = 50_000;

  /** The words of a search as token prefixes, and the one that drives (null: none is rare). */
  private record SearchPlan(List<String> prefixes, String driver) {}

  /**
   * The search's words; with {@code weigh}, the rarest one below the common threshold drives, else
   * (for bulk work in id order) the first one does.
   */
  private SearchPlan searchPlan(MemberFilter filter, boolean weigh) {
    if (!searches(filter)) {
      return null;
    }
    List<String> prefixes = SearchTerms.queryPrefixes(filter.query());
    if (prefixes.isEmpty() || !weigh) {
      return new SearchPlan(prefixes, prefixes.isEmpty() ? null : prefixes.get(0));
    }
    String driver = null;
    long fewest = COMMON_TOKEN_ROWS;
    for (String prefix : prefixes) {
      long rows = tokenRowsUpTo(prefix);
      if (rows < fewest) {
        fewest = rows;
        driver = prefix;
      }
    }
    return new SearchPlan(prefixes, driver);
  }

  /**
   * Narrows by the words of the search box. A driving word finds its members through the token
   * index, each other word is checked among the same member's tokens (the (member_id) index holds
   * them all), so that only members matching every word are looked up. Without a driver a page
   * walks the sort order and probes each member; a count looks every word up.
   */
  private static void search(Where where, SearchPlan words, boolean forPage) {
    if (words == null) {
      return;
    }
    if (words.prefixes().isEmpty()) {
      // Only punctuation was typed ("%", "_"): it matches no name, email or phone.
      where.and("m.id < ?", 0L);
      return;
    }
    if (words.driver() != null) {
      StringBuilder sql =
          new StringBuilder(
              "m.id IN (SELECT t.member_id FROM member_search_token t WHERE t.token LIKE ? ESCAPE"
                  + " '!'");
      List<Object> params = new ArrayList<>();
      params.add(escapeLike(words.driver()) + "%");
      for (String prefix : words.prefixes()) {
        if (!prefix.equals(words.driver())) {
          sql.append(
              " AND EXISTS (SELECT 1 FROM member_search_token o WHERE o.member_id = t.member_id"
                  + " AND o.token LIKE ? ESCAPE '!')");
          params.add(escapeLike(prefix) + "%");
        }
      }
      where.andAll(sql.append(")").toString(), params);
      return;
    }
    for (String prefix : words.prefixes()) {
      where.and(
          forPage
              ? "(SELECT 1 FROM member_search_token t WHERE t.member_id = m.id"
                  + " AND t.token LIKE ? ESCAPE '!' FETCH FIRST 1 ROWS ONLY) = 1"
              : "m.id IN (SELECT t.member_id FROM member_search_token t"
                  + " WHERE t.token LIKE ? ESCAPE '!')",
          escapeLike(prefix) + "%");
    }
  }

  /** How many token rows start with this prefix, counted only up to the common threshold. */
  private long tokenRowsUpTo(String prefix) {
    var query =
        em.createNativeQuery(
            "SELECT COUNT(*) FROM (SELECT 1 FROM member_search_token WHERE token LIKE ? ESCAPE '!'"
                + " FETCH FIRST "
                + COMMON_TOKEN_ROWS
                + " ROWS ONLY) r");
    query.setParameter(1, escapeLike(prefix) + "%");
    return toLong(query.getSingleResult());
  }

  /**
   * Above this many member_label rows a label is common: a page walks the members in sort order and
   * probes each one's labels by primary key, stopping after a page of matches. Below it, the
   * database drives from the label's rows (EXISTS becomes a semi-join on (label_id, member_id)) and
   * sorts that few. Measured on MariaDB 10.11 at 1,000,000 members; see the README.
   */
  static final int COMMON_LABEL_ROWS = 2_000;

  /** The labels a filter names, resolved to ids, each marked rare or common. */
  private record LabelPlan(LabelMatch match, List<Long> ids, List<Long> rare, boolean unknown) {}

  private LabelPlan labelPlan(MemberFilter filter) {
    if (filter.labels().isEmpty()) {
      return null;
    }
    List<Long> ids = labelIds(filter.labels());
    long named = filter.labels().stream().map(Label::normalize).distinct().count();
    boolean unknown = ids.size() < named;
    List<Long> rare = new ArrayList<>();
    LabelMatch match = filter.labelMatch();
    if (match == LabelMatch.ANY && !ids.isEmpty() && rowsUpTo(ids) < COMMON_LABEL_ROWS) {
      rare.addAll(ids);
    } else if (match == LabelMatch.ALL) {
      for (Long id : ids) {
        if (rowsUpTo(List.of(id)) < COMMON_LABEL_ROWS) {
          rare.add(id);
        }
      }
    }
    return new LabelPlan(match, ids, rare, unknown);
  }

  /** How many member_label rows these labels have, counted only up to the common threshold. */
  private long rowsUpTo(List<Long> labelIds) {
    var query =
        em.createNativeQuery(
            "SELECT COUNT(*) FROM (SELECT 1 FROM member_label WHERE label_id IN ("
                + placeholders(labelIds.size())
                + ") FETCH FIRST "
                + COMMON_LABEL_ROWS
                + " ROWS ONLY) r");
    for (int i = 0; i < labelIds.size(); i++) {
      query.setParameter(i + 1, labelIds.get(i));
    }
    return toLong(query.getSingleResult());
  }

  /**
   * Narrows by labels over member_label's indexes, never scanning the member table. Rare labels
   * (and every count) use EXISTS, which both databases answer from (label_id, member_id); a page of
   * a common label uses a correlated probe of the primary key (member_id, label_id) instead, so the
   * walk follows the sort index and stops after one page. None of: NOT EXISTS, probed per member.
   */
  private static void labels(Where where, LabelPlan plan, boolean forCount) {
    if (plan == null) {
      return;
    }
    List<Long> ids = plan.ids();
    if (plan.match() == LabelMatch.NONE) {
      if (!ids.isEmpty()) {
        // A page probes each member it walks (NOT EXISTS would have MySQL materialise every
        // carrier of the label first: 300,000 rows for a common one); a count takes the anti-join.
        where.andAll(forCount ? "NOT " + exists(ids.size()) : probe(ids.size(), "IS NULL"), ids);
      }
      return;
    }
    if (ids.isEmpty() || (plan.match() == LabelMatch.ALL && plan.unknown())) {
      where.and("m.id < ?", 0L);
      return;
    }
    if (plan.match() == LabelMatch.ANY) {
      boolean semiJoin = forCount || !plan.rare().isEmpty();
      where.andAll(semiJoin ? exists(ids.size()) : probe(ids.size()), ids);
      return;
    }
    for (Long id : ids) {
      boolean semiJoin = forCount || plan.rare().contains(id);
      where.andAll(semiJoin ? exists(1) : probe(1), List.of(id));
    }
  }

  private static String exists(int labels) {
    return "EXISTS (SELECT 1 FROM member_label ml WHERE ml.member_id = m.id AND ml.label_id IN ("
        + placeholders(labels)
        + "))";
  }

  private static String probe(int labels) {
    return probe(labels, "= 1");
  }

  private static String probe(int labels, String test) {
    return "(SELECT 1 FROM member_label ml WHERE ml.member_id = m.id AND ml.label_id IN ("
        + placeholders(labels)
        + ") FETCH FIRST 1 ROWS ONLY) "
        + test;
  }

  private static String placeholders(int count) {
    return String.join(", ", java.util.Collections.nCopies(count, "?"));
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

    Where copy() {
      Where copy = new Where();
      copy.sqlBuilder.append(sqlBuilder);
      copy.params.addAll(params);
      copy.sql = sql;
      return copy;
    }

    /** The clause with its values, naming one list for {@link PageMarks}. */
    String describe() {
      return sql + " " + params;
    }

    void bind(jakarta.persistence.Query query) {
      for (int i = 0; i < params.size(); i++) {
        query.setParameter(i + 1, params.get(i));
      }
    }
  }
}
