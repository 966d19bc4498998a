package app.roster.experiments;

import app.roster.platform.FieldError;
import app.roster.platform.InvalidInput;
import app.roster.platform.Messages;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Experiments in JSON: reading a body into a draft (a whole one for POST, a JSON merge patch over
 * the current one for PATCH, where {@code groups} replaces all groups and {@code "condition": null}
 * removes the condition), and writing an experiment with its results per group.
 */
final class ExperimentJson {

  private ExperimentJson() {}

  static JsonObject read(InputStream body) {
    try (var reader = Json.createReader(body)) {
      return reader.readObject();
    } catch (RuntimeException e) {
      throw new InvalidInput(
          "experiment.body.object", new FieldError("body", Messages.get("experiment.body.object")));
    }
  }

  /** Lays the fields present in the body over the draft. */
  static ExperimentDraft apply(JsonObject body, ExperimentDraft draft) {
    List<FieldError> errors = new ArrayList<>();
    if (body.containsKey("key")) {
      draft.setKey(text(body, "key", errors));
    }
    if (body.containsKey("name")) {
      draft.setName(text(body, "name", errors));
    }
    if (body.containsKey("status")) {
      draft.setStatus(text(body, "status", errors));
    }
    if (body.containsKey("condition")) {
      draft.setCondition(text(body, "condition", errors));
    }
    if (body.containsKey("groups")) {
      draft.setGroups(groups(body.get("groups"), errors));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput("experiment.invalid", errors);
    }
    return draft;
  }

  static JsonObject write(Experiment experiment, List<GroupResult> results) {
    JsonArrayBuilder groups = Json.createArrayBuilder();
    for (GroupResult group : results) {
      groups.add(
          Json.createObjectBuilder()
              .add("name", group.name())
              .add("weight", group.weight())
              .add("members", group.members())
              .add("expectedShare", round(group.expectedShare()))
              .add("observedShare", round(group.observedShare())));
    }
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", experiment.getId())
            .add("key", experiment.getKey())
            .add("name", experiment.getName())
            .add("status", experiment.getStatus().word());
    if (experiment.getCondition() == null) {
      json.addNull("condition");
    } else {
      json.add("condition", experiment.getCondition());
    }
    return json.add("groups", groups)
        .add("createdAt", experiment.getCreatedAt().toString())
        .add("updatedAt", experiment.getUpdatedAt().toString())
        .build();
  }

  static JsonObject write(AssignmentView assignment) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("experiment", assignment.experimentKey())
            .add("experimentName", assignment.experimentName())
            .add("experimentStatus", assignment.experimentStatus().word())
            .add("memberId", assignment.memberId())
            .add("group", assignment.group());
    nullable(json, "assignedAt", assignment.assignedAt());
    nullable(json, "method", assignment.method() == null ? null : assignment.method().word());
    nullable(json, "triggeredBy", assignment.triggeredBy());
    if (assignment.actorId() == null) {
      json.addNull("actorId");
    } else {
      json.add("actorId", assignment.actorId());
    }
    nullable(json, "actorName", assignment.actorName());
    return json.build();
  }

  private static void nullable(JsonObjectBuilder json, String name, Object value) {
    if (value == null) {
      json.addNull(name);
    } else {
      json.add(name, value.toString());
    }
  }

  private static double round(double share) {
    return Math.round(share * 10_000) / 10_000.0;
  }

  private static String text(JsonObject body, String field, List<FieldError> errors) {
    JsonValue value = body.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonString string) {
      return string.getString();
    }
    errors.add(new FieldError(field, Messages.get("experiment.field.text")));
    return null;
  }

  private static List<ExperimentDraft.GroupDraft> groups(JsonValue value, List<FieldError> errors) {
    List<ExperimentDraft.GroupDraft> groups = new ArrayList<>();
    if (!(value instanceof JsonArray array)) {
      errors.add(new FieldError("groups", Messages.get("experiment.groups.few")));
      return groups;
    }
    for (JsonValue item : array) {
      if (!(item instanceof JsonObject group)
          || !(group.get("name") instanceof JsonString name)
          || !(group.get("weight") instanceof JsonNumber weight)
          || !weight.isIntegral()) {
        errors.add(new FieldError("groups", Messages.get("experiment.group.shape")));
        continue;
      }
      long w = weight.longValue();
      int clamped = (int) Math.max(-1, Math.min(w, ExperimentDraft.MAX_WEIGHT + 1L));
      groups.add(new ExperimentDraft.GroupDraft(name.getString(), clamped));
    }
    return groups;
  }
}
