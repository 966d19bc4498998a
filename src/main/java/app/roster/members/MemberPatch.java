package app.roster.members;

import app.roster.platform.FieldError;
import app.roster.platform.InvalidInput;
import app.roster.platform.Messages;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A member's fields as an API client sends them, applied to a draft: a JSON merge patch (RFC 7396),
 * where only the fields present change and null clears one. A new member is a patch applied to an
 * empty draft. The fields Roster keeps itself (id, type, version, createdAt, updatedAt) are
 * ignored, so a member read with GET can be sent back as it is; unknown fields and values of the
 * wrong type are refused, each with its field named.
 */
final class MemberPatch {

  private static final Set<String> KEPT_BY_ROSTER =
      Set.of("id", "type", "version", "createdAt", "updatedAt", "status", "kind");

  private MemberPatch() {}

  /** Reads a JSON object from the request body and applies it to {@code draft}. */
  static MemberDraft apply(InputStream body, MemberDraft draft) {
    JsonObject patch = read(body);
    List<FieldError> errors = new ArrayList<>();
    for (Map.Entry<String, JsonValue> field : patch.entrySet()) {
      try {
        set(draft, field.getKey(), field.getValue());
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError(field.getKey(), e.getMessage()));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput("api.body.invalid", errors);
    }
    return draft;
  }

  private static void set(MemberDraft draft, String field, JsonValue value) {
    switch (field) {
      case "name" -> draft.setName(text(value));
      case "email" -> draft.setEmail(text(value));
      case "phone" -> draft.setPhone(text(value));
      case "dateOfBirth" -> draft.setDateOfBirth(date(value));
      case "role" -> draft.setRole(text(value));
      case "externalId" -> draft.setExternalId(text(value));
      case "test" -> draft.setTest(flag(value));
      case "expiresAt" -> draft.setExpiresAt(instant(value));
      default -> {
        if (!KEPT_BY_ROSTER.contains(field)) {
          throw new IllegalArgumentException(Messages.get("api.field.unknown"));
        }
      }
    }
  }

  private static String text(JsonValue value) {
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonString string) {
      return string.getString();
    }
    throw new IllegalArgumentException(Messages.get("api.field.text"));
  }

  private static LocalDate date(JsonValue value) {
    String text = text(value);
    try {
      return text == null ? null : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(Messages.get("api.field.date"));
    }
  }

  private static boolean flag(JsonValue value) {
    if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
      return value == JsonValue.TRUE;
    }
    throw new IllegalArgumentException(Messages.get("api.field.boolean"));
  }

  private static Instant instant(JsonValue value) {
    String text = text(value);
    try {
      return text == null ? null : Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(Messages.get("api.field.instant"));
    }
  }

  private static JsonObject read(InputStream body) {
    try (JsonReader reader = Json.createReader(body)) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new InvalidInput("api.body.notObject", List.of());
      }
      return value.asJsonObject();
    } catch (JsonParsingException e) {
      JsonLocation at = e.getLocation();
      throw new InvalidInput("api.body.malformed", List.of(), line(at), column(at));
    } catch (JsonException e) {
      throw new InvalidInput("api.body.notObject", List.of());
    }
  }

  private static long line(JsonLocation at) {
    return at == null ? 1 : at.getLineNumber();
  }

  private static long column(JsonLocation at) {
    return at == null ? 1 : at.getColumnNumber();
  }
}
