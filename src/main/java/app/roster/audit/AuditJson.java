package app.roster.audit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.StringReader;
import java.time.Instant;
import java.util.Locale;

/** An audit entry as the API shows it; {@code details} is a JSON object, never text. */
@JsonbNillable
@JsonbPropertyOrder({
  "id",
  "at",
  "actor",
  "source",
  "clientAddress",
  "action",
  "target",
  "memberId",
  "details"
})
public record AuditJson(
    long id,
    Instant at,
    ActorJson actor,
    String source,
    String clientAddress,
    String action,
    TargetJson target,
    Long memberId,
    JsonObject details) {

  public static AuditJson of(AuditEntry entry) {
    return new AuditJson(
        entry.getId(),
        entry.getAt(),
        new ActorJson(entry.getActorId(), entry.getActorLabel()),
        entry.getSource().name().toLowerCase(Locale.ROOT),
        entry.getClientAddress(),
        entry.getAction(),
        new TargetJson(entry.getTargetType(), entry.getTargetId()),
        entry.getMemberId(),
        details(entry.getDetails()));
  }

  static JsonObject details(String text) {
    if (text == null || text.isBlank()) {
      return JsonObject.EMPTY_JSON_OBJECT;
    }
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  /** Who acted: the member's id (null for the system) and how they were called then. */
  @JsonbNillable
  @JsonbPropertyOrder({"id", "label"})
  public record ActorJson(Long id, String label) {}

  /** What was acted on: "member" or "invitation", and its id. */
  @JsonbPropertyOrder({"type", "id"})
  public record TargetJson(String type, long id) {}
}
