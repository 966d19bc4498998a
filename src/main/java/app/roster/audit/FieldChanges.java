package app.roster.audit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The before/after of the fields an edit changed, as the audit trail keeps it: {"changes": {"name":
 * {"before": "Ana", "after": "Ana Lopez"}}}. Fields that stayed the same are left out; a field that
 * was or became empty shows null. Fields that hold secrets are never recorded, even if a caller
 * passes them.
 */
public final class FieldChanges {

  /** Never recorded, whatever a caller passes. */
  static final Set<String> SECRET = Set.of("password", "passwordHash", "token", "tokenHash");

  private final Map<String, String[]> changes;

  private FieldChanges(Map<String, String[]> changes) {
    this.changes = changes;
  }

  public static FieldChanges between(Map<String, String> before, Map<String, String> after) {
    Map<String, String[]> changes = new LinkedHashMap<>();
    for (String field : after.keySet()) {
      String old = before.get(field);
      String now = after.get(field);
      if (!SECRET.contains(field) && !Objects.equals(old, now)) {
        changes.put(field, new String[] {old, now});
      }
    }
    return new FieldChanges(changes);
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }

  public Set<String> fields() {
    return changes.keySet();
  }

  public String before(String field) {
    return changes.get(field)[0];
  }

  public String after(String field) {
    return changes.get(field)[1];
  }

  public JsonObject toJson() {
    JsonObjectBuilder fields = Json.createObjectBuilder();
    changes.forEach(
        (field, values) ->
            fields.add(
                field,
                Json.createObjectBuilder()
                    .add("before", nullable(values[0]))
                    .add("after", nullable(values[1]))));
    return Json.createObjectBuilder().add("changes", fields).build();
  }

  /** The facts of something new, as a JSON object without empty fields and without secrets. */
  public static JsonObject facts(Map<String, String> facts) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    facts.forEach(
        (field, value) -> {
          if (value != null && !SECRET.contains(field)) {
            json.add(field, value);
          }
        });
    return json.build();
  }

  private static JsonValue nullable(String value) {
    return value == null ? JsonValue.NULL : Json.createValue(value);
  }
}
