package app.roster.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * An access rule as an admin writes it: a slug name ({@code vip-lounge}), an optional description
 * and the CEL condition, which is type-checked by {@link AccessRules} before anything is stored.
 */
public class AccessRuleDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotBlank(message = "{access.rule.name.required}")
  @Size(max = 64, message = "{access.rule.name.size}")
  @Pattern(regexp = "^[a-z0-9]+(-[a-z0-9]+)*$", message = "{access.rule.name.slug}")
  private String name;

  @Size(max = 500, message = "{access.rule.description.size}")
  private String description;

  @NotBlank(message = "{access.rule.expression.required}")
  @Size(max = ConditionEnvironment.MAX_LENGTH, message = "{access.rule.expression.size}")
  private String expression;

  public AccessRuleDraft() {}

  public AccessRuleDraft(String name, String description, String expression) {
    this.name = name;
    this.description = description;
    this.expression = expression;
  }

  public static AccessRuleDraft of(AccessRule rule) {
    return new AccessRuleDraft(rule.getName(), rule.getDescription(), rule.getExpression());
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getExpression() {
    return expression;
  }

  public void setExpression(String expression) {
    this.expression = expression;
  }
}
