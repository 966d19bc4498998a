package app.roster.roles;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Set;
import java.util.TreeSet;

/**
 * A custom role as an Owner describes it: a name, a kind ("team" or "customer") and the permission
 * names it grants. Declared once for the Roles page and the API.
 */
public class RoleDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotBlank(message = "{role.name.required}")
  @Size(max = Role.NAME_MAX, message = "{role.name.size}")
  @Pattern(
      regexp = "^(?!.*[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069])(?=.*[\\p{L}\\p{N}]).*$",
      message = "{role.name.characters}")
  private String name;

  @NotNull(message = "{role.kind.required}")
  @Pattern(regexp = "(?i)team|customer", message = "{role.kind.required}")
  private String kind;

  private Set<String> permissions = new TreeSet<>();

  public RoleDraft() {}

  public RoleDraft(String name, String kind, Set<String> permissions) {
    this.name = name;
    this.kind = kind;
    setPermissions(permissions);
  }

  public static RoleDraft of(Role role) {
    return new RoleDraft(role.getName(), role.getKind().word(), role.getPermissions());
  }

  public RoleKind kindValue() {
    return RoleKind.valueOf(kind.strip().toUpperCase(java.util.Locale.ROOT));
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public Set<String> getPermissions() {
    return permissions;
  }

  public void setPermissions(Set<String> permissions) {
    this.permissions = permissions == null ? new TreeSet<>() : new TreeSet<>(permissions);
  }
}
