package app.roster.roles;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a member may do: a named set of permissions of one kind. The built-in roles (Owner, Admin,
 * Agent, Customer) come from the first migration; workspaces add their own.
 */
@Entity
@Table(name = "role")
@NamedQuery(name = Role.BY_NAME, query = "SELECT r FROM Role r WHERE r.nameNorm = :name")
@NamedQuery(name = Role.ALL, query = "SELECT r FROM Role r ORDER BY r.position, r.name")
public class Role {

  public static final String BY_NAME = "Role.byName";
  public static final String ALL = "Role.all";
  public static final String OWNER = "Owner";
  public static final int NAME_MAX = 100;
  private static final int CUSTOM_POSITION = 100;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "role_ids")
  @TableGenerator(
      name = "role_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "role",
      allocationSize = 10)
  private Long id;

  private String name;

  @Column(name = "name_norm")
  private String nameNorm;

  @Enumerated(EnumType.STRING)
  private RoleKind kind;

  @Column(name = "built_in")
  private boolean builtIn;

  private int position;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "role_permission", joinColumns = @JoinColumn(name = "role_id"))
  @Column(name = "permission")
  private Set<String> permissions = new TreeSet<>();

  @Column(name = "created_at")
  private Instant createdAt;

  @Version private long version;

  protected Role() {}

  /** A workspace's own role, listed after the built-in ones. */
  public Role(String name, RoleKind kind, Set<String> permissions, Instant now) {
    this.kind = kind;
    this.builtIn = false;
    this.position = CUSTOM_POSITION;
    this.createdAt = now;
    rename(name);
    grant(permissions);
  }

  void rename(String newName) {
    this.name = newName.strip();
    this.nameNorm = normalize(newName);
  }

  void grant(Set<String> newPermissions) {
    permissions.clear();
    permissions.addAll(newPermissions);
  }

  public static String normalize(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public RoleKind getKind() {
    return kind;
  }

  public boolean isTeam() {
    return kind == RoleKind.TEAM;
  }

  public boolean isBuiltIn() {
    return builtIn;
  }

  public boolean isOwner() {
    return builtIn && OWNER.equals(name);
  }

  public Set<String> getPermissions() {
    return Collections.unmodifiableSet(permissions);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public long getVersion() {
    return version;
  }
}
