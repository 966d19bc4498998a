package app.roster.messaging.boundary;

import app.roster.messaging.entity.OutboxMessage;
import app.roster.platform.Page;
import app.roster.platform.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists the outbox newest first. The page is found as ids alone along an index that matches the
 * filter (created_at; status or channel with created_at; the recipient prefix), then only those
 * rows are loaded, so a long outbox pages without reading every body.
 */
final class OutboxQueries {

  private final EntityManager em;

  OutboxQueries(EntityManager em) {
    this.em = em;
  }

  Page<OutboxEntry> page(OutboxFilter filter, PageRequest request) {
    Where where = where(filter);
    Query ids =
        em.createQuery(
            "SELECT m.id FROM OutboxMessage m"
                + where.jpql
                + " ORDER BY m.createdAt DESC, m.id DESC");
    where.bind(ids);
    ids.setFirstResult((int) Math.min(request.offset(), Integer.MAX_VALUE));
    ids.setMaxResults(request.size());
    List<Long> pageIds = ids.getResultList().stream().map(id -> ((Number) id).longValue()).toList();
    return new Page<>(load(pageIds), count(where));
  }

  long count(OutboxFilter filter) {
    return count(where(filter));
  }

  private long count(Where where) {
    Query count = em.createQuery("SELECT COUNT(m) FROM OutboxMessage m" + where.jpql);
    where.bind(count);
    return ((Number) count.getSingleResult()).longValue();
  }

  private List<OutboxEntry> load(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Integer> position = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      position.put(ids.get(i), i);
    }
    return em.createQuery("SELECT m FROM OutboxMessage m WHERE m.id IN :ids", OutboxMessage.class)
        .setParameter("ids", ids)
        .getResultStream()
        .sorted(Comparator.comparing(m -> position.get(m.getId())))
        .map(OutboxEntry::of)
        .toList();
  }

  private static Where where(OutboxFilter filter) {
    Where where = new Where();
    String prefix = OutboxMessage.normalizeRecipient(filter.recipientPrefix());
    if (prefix != null && !prefix.isEmpty()) {
      where.and("m.recipientNorm LIKE :to ESCAPE '!'", "to", escapeLike(prefix) + "%");
    }
    if (filter.channel() != null) {
      where.and("m.channel = :channel", "channel", filter.channel());
    }
    if (filter.status() != null) {
      where.and("m.status = :status", "status", filter.status());
    }
    return where;
  }

  static String escapeLike(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  /** A JPQL WHERE clause with its named parameters. */
  private static final class Where {
    private String jpql = "";
    private final List<String> names = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    void and(String condition, String name, Object value) {
      jpql += (names.isEmpty() ? " WHERE " : " AND ") + condition;
      names.add(name);
      values.add(value);
    }

    void bind(Query query) {
      for (int i = 0; i < names.size(); i++) {
        query.setParameter(names.get(i), values.get(i));
      }
    }
  }
}
