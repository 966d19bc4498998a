package app.roster.audit;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.util.ArrayList;
import java.util.List;

/**
 * The one-line summary of an entry's details that the audit log table shows: the changed fields as
 * "name: Ana → Ana Lopez", the facts of a new member, or the role an invitee accepted; plain fields
 * beside the changes (the experiment an assignment is in) come first, in their order.
 */
final class DetailsText {

  static final int MAX = 160;

  private DetailsText() {}

  static String of(JsonObject details) {
    List<String> parts = new ArrayList<>();
    details.forEach(
        (field, value) -> {
          if ("changes".equals(field)) {
            value
                .asJsonObject()
                .forEach(
                    (name, change) -> {
                      JsonObject values = change.asJsonObject();
                      parts.add(
                          name
                              + ": "
                              + text(values.get("before"))
                              + " → "
                              + text(values.get("after")));
                    });
          } else if ("member".equals(field) && value.getValueType() == ValueType.OBJECT) {
            value.asJsonObject().forEach((name, fact) -> parts.add(name + ": " + text(fact)));
          } else {
            parts.add(field + ": " + text(value));
          }
        });
    String line = String.join("; ", parts);
    return line.length() > MAX ? line.substring(0, MAX - 1) + "…" : line;
  }

  private static String text(JsonValue value) {
    if (value == null || value == JsonValue.NULL) {
      return "—";
    }
    return value.getValueType() == JsonValue.ValueType.STRING
        ? ((JsonString) value).getString()
        : value.toString();
  }
}
