package app.roster.workspace;

import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What Settings → Workspace edits: the name (blank for the configured default), whether join
 * requests are allowed, and the version the admin read, so that two admins cannot overwrite each
 * other unnoticed. A class with getters, as the page binds to it.
 */
public class WorkspaceDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  @Size(max = 100, message = "{workspace.name.size}")
  private String name;

  private boolean allowJoinRequests;

  private long version;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public boolean isAllowJoinRequests() {
    return allowJoinRequests;
  }

  public void setAllowJoinRequests(boolean allowJoinRequests) {
    this.allowJoinRequests = allowJoinRequests;
  }

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }
}
