package app.roster.audit;

import app.roster.privacy.MemberDataSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;

/**
 * The export's "history": every audit entry about the member, oldest first, with who acted, when,
 * from where and the details, as the audit API shows them.
 */
@ApplicationScoped
public class HistorySection implements MemberDataSection {

  @PersistenceContext EntityManager em;

  @Override
  public String name() {
    return "history";
  }

  @Override
  public JsonValue export(long memberId) {
    JsonArrayBuilder entries = Json.createArrayBuilder();
    em.createQuery(
            "SELECT e FROM AuditEntry e WHERE e.memberId = :member ORDER BY e.at, e.id",
            AuditEntry.class)
        .setParameter("member", memberId)
        .getResultStream()
        .forEach(
            e ->
                entries.add(
                    Json.createObjectBuilder()
                        .add("at", e.getAt().toString())
                        .add("action", e.getAction())
                        .add("actor", e.getActorLabel())
                        .add("source", e.getSource().name().toLowerCase(Locale.ROOT))
                        .add(
                            "clientAddress",
                            e.getClientAddress() == null
                                ? JsonValue.NULL
                                : Json.createValue(e.getClientAddress()))
                        .add("details", AuditJson.details(e.getDetails()))));
    return entries.build();
  }
}
