package app.roster.invitations;

import app.roster.platform.FieldError;
import app.roster.platform.InvalidInput;
import app.roster.platform.Messages;
import app.roster.platform.Page;
import app.roster.platform.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lists invitations for Settings → Invitations and the API: newest first by default, all, by status
 * or by address, each served by an index.
 */
final class InvitationQueries {

  private static final Map<String, String> SORTS =
      Map.of("sentAt", "i.sentAt", "expiresAt", "i.expiresAt");

  private final EntityManager em;

  InvitationQueries(EntityManager em) {
    this.em = em;
  }

  Page<Invitation> page(InvitationStatus status, String emailNorm, PageRequest request) {
    List<String> conditions = new ArrayList<>();
    if (status != null) {
      conditions.add("i.status = :status");
    }
    if (emailNorm != null) {
      conditions.add("i.emailNorm = :email");
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    TypedQuery<Invitation> rows =
        em.createQuery(
            "SELECT i FROM Invitation i LEFT JOIN FETCH i.inviter"
                + where
                + " ORDER BY "
                + orderBy(request),
            Invitation.class);
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(i) FROM Invitation i" + where, Long.class);
    for (TypedQuery<?> query : List.of(rows, count)) {
      if (status != null) {
        query.setParameter("status", status);
      }
      if (emailNorm != null) {
        query.setParameter("email", emailNorm);
      }
    }
    List<Invitation> items =
        rows.setFirstResult((int) Math.min(request.offset(), Integer.MAX_VALUE))
            .setMaxResults(request.size())
            .getResultList();
    return new Page<>(items, count.getSingleResult());
  }

  private static String orderBy(PageRequest request) {
    String field = request.sortField();
    if (field == null) {
      return "i.sentAt DESC, i.id DESC";
    }
    String column = SORTS.get(field);
    if (column == null) {
      String offered = String.join(", ", SORTS.keySet().stream().sorted().toList());
      throw new InvalidInput(
          "error.sort", new FieldError("sort", Messages.get("error.sort", offered)));
    }
    String direction = request.descending() ? " DESC" : " ASC";
    return column + direction + ", i.id" + direction;
  }
}
