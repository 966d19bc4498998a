package app.roster.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * What an admin sets for the whole workspace in Settings → Workspace: its name (empty means the
 * configured roster.workspace.name) and whether people may ask to join through /join. One row.
 */
@Entity
@Table(name = "workspace_settings")
public class WorkspaceSettings {

  public static final long ID = 1L;

  @Id private Long id;

  private String name;

  @Column(name = "allow_join_requests")
  private boolean allowJoinRequests;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected WorkspaceSettings() {}

  void change(String newName, boolean allow, Instant now) {
    this.name = newName == null || newName.isBlank() ? null : newName.strip();
    this.allowJoinRequests = allow;
    this.updatedAt = now;
  }

  public String getName() {
    return name;
  }

  public boolean isAllowJoinRequests() {
    return allowJoinRequests;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
