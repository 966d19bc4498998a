package app.roster.actions;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * One step of an Action, as stored (an object in the action's JSON array of steps), as the API
 * takes and shows it, and as the editor binds it. Which fields count depends on the type: subject
 * and body for an email, label for adding or removing one, role for a role change, url for a
 * webhook. A bean with setters, because the editor edits it in place.
 */
public class Step implements Serializable {

  private static final long serialVersionUID = 1L;

  private String type;
  private String subject;
  private String body;
  private String label;
  private String role;
  private String url;

  public Step() {}

  public Step(String type, String subject, String body, String label, String role, String url) {
    this.type = type;
    this.subject = subject;
    this.body = body;
    this.label = label;
    this.role = role;
    this.url = url;
  }

  public static Step email(String subject, String body) {
    return new Step(StepType.EMAIL.word(), subject, body, null, null, null);
  }

  public static Step addLabel(String label) {
    return new Step(StepType.ADD_LABEL.word(), null, null, label, null, null);
  }

  public static Step removeLabel(String label) {
    return new Step(StepType.REMOVE_LABEL.word(), null, null, label, null, null);
  }

  public static Step changeRole(String role) {
    return new Step(StepType.CHANGE_ROLE.word(), null, null, null, role, null);
  }

  public static Step webhook(String url) {
    return new Step(StepType.WEBHOOK.word(), null, null, null, null, url);
  }

  /** The type, or null when the word is not one of {@link StepType}. */
  public StepType kind() {
    return StepType.of(type).orElse(null);
  }

  /** A copy with only the fields its type uses, trimmed. */
  Step tidy() {
    StepType kind = kind();
    if (kind == null) {
      return this;
    }
    return switch (kind) {
      case EMAIL -> email(strip(subject), body);
      case ADD_LABEL -> addLabel(strip(label));
      case REMOVE_LABEL -> removeLabel(strip(label));
      case CHANGE_ROLE -> changeRole(strip(role));
      case WEBHOOK -> webhook(strip(url));
    };
  }

  JsonObject toJson() {
    JsonObjectBuilder json = Json.createObjectBuilder().add("type", type == null ? "" : type);
    put(json, "subject", subject);
    put(json, "body", body);
    put(json, "label", label);
    put(json, "role", role);
    put(json, "url", url);
    return json.build();
  }

  static Step fromJson(JsonObject json) {
    return new Step(
        text(json, "type"),
        text(json, "subject"),
        text(json, "body"),
        text(json, "label"),
        text(json, "role"),
        text(json, "url"));
  }

  /** The steps as the JSON array the database keeps. */
  static String toJsonText(List<Step> steps) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    steps.forEach(s -> array.add(s.toJson()));
    return array.build().toString();
  }

  /** The steps from the stored JSON array. */
  static List<Step> fromJsonText(String text) {
    try {
      JsonArray array = Json.createReader(new StringReader(text)).readArray();
      List<Step> steps = new ArrayList<>();
      for (JsonValue value : array) {
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
          steps.add(fromJson(value.asJsonObject()));
        }
      }
      return steps;
    } catch (JsonParsingException e) {
      throw new IllegalStateException("Stored steps are not a JSON array", e);
    }
  }

  private static void put(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }

  private static String text(JsonObject json, String name) {
    JsonValue value = json.get(name);
    return value instanceof JsonString s ? s.getString() : null;
  }

  private static String strip(String text) {
    return text == null ? null : text.strip();
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  public String getLabel() {
    return label;
  }

  public void setLabel(String label) {
    this.label = label;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }
}
