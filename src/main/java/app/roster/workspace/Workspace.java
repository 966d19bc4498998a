package app.roster.workspace;

import static app.roster.security.Permission.MEMBERS_VIEW;
import static app.roster.security.Permission.SETTINGS_MANAGE;

import app.roster.platform.StaleVersion;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The workspace as a whole: its name, which mails and pages show (the one set in Settings →
 * Workspace, else roster.workspace.name), and whether it is public, i.e. takes join requests.
 */
@Stateless
public class Workspace {

  private static final Logger LOG = Logger.getLogger(Workspace.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "roster.workspace.name", defaultValue = "Roster")
  String configuredName;

  @Resource SessionContext caller;

  /** The workspace's name as mails and pages show it. */
  @PermitAll
  public String name() {
    String stored = settings().getName();
    return stored == null ? configuredName : stored;
  }

  /** Whether people may ask to join through /join. */
  @PermitAll
  public boolean allowsJoinRequests() {
    return settings().isAllowJoinRequests();
  }

  @PermitAll
  public WorkspaceSettings settings() {
    return em.find(WorkspaceSettings.class, WorkspaceSettings.ID);
  }

  /** The settings as the API shows them: to the team, not to customers. */
  @RolesAllowed({MEMBERS_VIEW, SETTINGS_MANAGE})
  public WorkspaceSettings read() {
    return settings();
  }

  /** The name used when none is set in Settings → Workspace. */
  @PermitAll
  public String configuredName() {
    return configuredName;
  }

  /** Changes the name and the join setting, unless someone changed them since {@code version}. */
  @RolesAllowed(SETTINGS_MANAGE)
  public WorkspaceSettings change(@NotNull @Valid WorkspaceDraft draft) {
    WorkspaceSettings settings = settings();
    if (settings.getVersion() != draft.getVersion()) {
      throw new StaleVersion();
    }
    settings.change(draft.getName(), draft.isAllowJoinRequests(), clock.instant());
    em.flush();
    LOG.log(
        Level.INFO,
        "Workspace settings changed by member {0}: join requests {1}",
        new Object[] {
          caller.getCallerPrincipal().getName(), settings.isAllowJoinRequests() ? "on" : "off"
        });
    return settings;
  }
}
