package app.roster.audit;

import app.roster.platform.Page;
import app.roster.platform.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the audit log newest first. Each filter walks its own index: the member's history
 * (member_id, at), an actor (actor_id, at), an action (action, at), or the whole log (at).
 */
final class AuditQueries {

  private final EntityManager em;

  AuditQueries(EntityManager em) {
    this.em = em;
  }

  Page<AuditEntry> history(long memberId, PageRequest page) {
    Where where = new Where();
    where.and("e.memberId = :member", "member", memberId);
    return page(where, page);
  }

  Page<AuditEntry> search(AuditFilter filter, PageRequest page) {
    return page(where(filter), page);
  }

  long count(AuditFilter filter) {
    return count(where(filter));
  }

  private Page<AuditEntry> page(Where where, PageRequest page) {
    TypedQuery<AuditEntry> rows =
        em.createQuery(
            "SELECT e FROM AuditEntry e" + where.jpql() + " ORDER BY e.at DESC, e.id DESC",
            AuditEntry.class);
    where.bind(rows);
    rows.setFirstResult((int) Math.min(page.offset(), Integer.MAX_VALUE));
    rows.setMaxResults(page.size());
    return new Page<>(rows.getResultList(), count(where));
  }

  private long count(Where where) {
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(e) FROM AuditEntry e" + where.jpql(), Long.class);
    where.bind(count);
    return count.getSingleResult();
  }

  private static Where where(AuditFilter filter) {
    Where where = new Where();
    if (filter.actorId() != null) {
      where.and("e.actorId = :actor", "actor", filter.actorId());
    }
    if (filter.action() != null) {
      where.and("e.action = :action", "action", filter.action());
    }
    if (filter.from() != null) {
      where.and("e.at >= :from", "from", filter.from());
    }
    if (filter.to() != null) {
      where.and("e.at < :to", "to", filter.to());
    }
    return where;
  }

  /** The conditions of a query and their parameters. */
  private static final class Where {
    private final List<String> conditions = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    void and(String condition, String name, Object value) {
      conditions.add(condition);
      names.add(name);
      values.add(value);
    }

    String jpql() {
      return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    void bind(TypedQuery<?> query) {
      for (int i = 0; i < names.size(); i++) {
        query.setParameter(names.get(i), values.get(i));
      }
    }
  }
}
