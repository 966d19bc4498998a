package app.roster.roles;

import app.roster.platform.FieldError;
import app.roster.platform.Messages;
import app.roster.security.Permission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a role may grant: only known console permissions, and none at all to a CUSTOMER role
 * (customers never reach the console). Container-free, so the rules are tested on their own.
 */
public final class RoleRules {

  private RoleRules() {}

  /** The field errors on "permissions" for this kind and set; empty when the set is allowed. */
  public static List<FieldError> check(RoleKind kind, Set<String> permissions) {
    List<FieldError> errors = new ArrayList<>();
    Set<String> unknown = new TreeSet<>(permissions);
    unknown.removeAll(Permission.CONSOLE_PERMISSIONS);
    if (!unknown.isEmpty()) {
      errors.add(
          new FieldError(
              "permissions", Messages.get("role.permissions.unknown", String.join(", ", unknown))));
    }
    if (kind == RoleKind.CUSTOMER) {
      Set<String> console = new TreeSet<>(permissions);
      console.retainAll(Permission.CONSOLE_PERMISSIONS);
      if (!console.isEmpty()) {
        errors.add(
            new FieldError(
                "permissions",
                Messages.get("role.permissions.customer", String.join(", ", console))));
      }
    }
    return errors;
  }
}
