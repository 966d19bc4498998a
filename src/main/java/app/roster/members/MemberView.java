package app.roster.members;

import app.roster.platform.FieldMessages;
import app.roster.platform.NotFound;
import app.roster.platform.Notices;
import app.roster.platform.RosterException;
import app.roster.platform.StaleVersion;
import app.roster.roles.Role;
import app.roster.roles.Roles;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A member's profile in the console: shows the member and saves the admin's edits against the
 * version that was loaded, so that a colleague's concurrent change is reported, not overwritten.
 */
@Named
@ViewScoped
public class MemberView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String FORM = "profile";

  /**
   * The profile's tabs, in the order the tab menu shows them; the page is addressed as
   * member.xhtml?id=42&tab=history, and only the chosen tab is rendered (and loads its data).
   */
  public static final List<String> TABS = List.of("details", "contacts", "experiments", "history");

  private String tab = TABS.get(0);

  @Inject Members members;

  @Inject Roles roles;

  @Inject Clock clock;

  private Long id;
  private MemberSummary member;
  private MemberDraft draft;
  private List<String> roleNames;
  private boolean stale;

  /** Loads the member named by the id parameter; an unknown id shows "no such member". */
  public void load() {
    if (id != null) {
      try {
        show(members.find(id));
        roleNames = roles.all().stream().map(Role::getName).toList();
        return;
      } catch (NotFound e) {
        // Shown as the page's "no such member" panel below.
      }
    }
    FacesContext.getCurrentInstance()
        .getExternalContext()
        .setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
  }

  public void save() {
    try {
      show(members.update(member.getId(), member.getVersion(), draft));
      Notices.done("member.profile.saved");
    } catch (StaleVersion e) {
      stale = true;
      FacesContext.getCurrentInstance().validationFailed();
    } catch (RosterException refusal) {
      FieldMessages.show(FORM, refusal);
    } catch (ConstraintViolationException violations) {
      FieldMessages.show(FORM, violations);
    }
  }

  /** Drops the admin's edit and shows the member as it is saved now. */
  public void reload() {
    try {
      show(members.find(member.getId()));
    } catch (NotFound e) {
      member = null;
    }
  }

  private void show(Member loaded) {
    member = MemberSummary.of(loaded);
    draft = MemberDraft.of(loaded);
    stale = false;
  }

  public LocalDate getToday() {
    return LocalDate.now(clock);
  }

  public boolean isFound() {
    return member != null;
  }

  public String getTab() {
    return tab;
  }

  /** Chooses a tab by its name; an unknown name shows the first tab rather than an error. */
  public void setTab(String tab) {
    this.tab = TABS.contains(tab) ? tab : TABS.get(0);
  }

  public int getTabIndex() {
    return TABS.indexOf(tab);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public MemberSummary getMember() {
    return member;
  }

  public MemberDraft getDraft() {
    return draft;
  }

  public List<String> getRoleNames() {
    return roleNames;
  }

  public boolean isStale() {
    return stale;
  }
}
