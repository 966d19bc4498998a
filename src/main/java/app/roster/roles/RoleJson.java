package app.roster.roles;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** A role as the REST API shows it: kind as "team" or "customer", permissions by name. */
@JsonbPropertyOrder({"id", "name", "kind", "builtIn", "permissions", "members", "version"})
public record RoleJson(
    long id,
    String name,
    String kind,
    boolean builtIn,
    List<String> permissions,
    Long members,
    long version) {

  public static RoleJson of(Role role, Long members) {
    return new RoleJson(
        role.getId(),
        role.getName(),
        role.getKind().word(),
        role.isBuiltIn(),
        List.copyOf(role.getPermissions()),
        members,
        role.getVersion());
  }
}
