package app.roster.access;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** An access rule as the REST API shows and takes it; the server fills id, version and times. */
@JsonbNillable
@JsonbPropertyOrder({
  "id",
  "name",
  "description",
  "expression",
  "version",
  "createdAt",
  "updatedAt"
})
public record AccessRuleJson(
    Long id,
    String name,
    String description,
    String expression,
    Long version,
    Instant createdAt,
    Instant updatedAt) {

  static AccessRuleJson of(AccessRule rule) {
    return new AccessRuleJson(
        rule.getId(),
        rule.getName(),
        rule.getDescription(),
        rule.getExpression(),
        rule.getVersion(),
        rule.getCreatedAt(),
        rule.getUpdatedAt());
  }

  AccessRuleDraft draft() {
    return new AccessRuleDraft(name, description, expression);
  }
}
