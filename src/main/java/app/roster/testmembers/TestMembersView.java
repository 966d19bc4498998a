package app.roster.testmembers;

import app.roster.members.Member;
import app.roster.members.MemberDraft;
import app.roster.members.Members;
import app.roster.platform.FieldMessages;
import app.roster.platform.Notices;
import app.roster.platform.RosterException;
import app.roster.roles.Role;
import app.roster.roles.Roles;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * People → Members → Test: the Add test member dialog and the Generate test members dialog with its
 * progress bar. An expiry is chosen as a date; the test member is deleted when that day begins
 * (UTC).
 */
@Named
@ViewScoped
public class TestMembersView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Members members;

  @Inject TestMembers testMembers;

  @Inject Roles roles;

  @Inject Clock clock;

  private MemberDraft draft = new MemberDraft();
  private LocalDate expiresOn;
  private Integer count;
  private String role;
  private Long runId;
  private TestMemberProgress progress;

  public void startAdding() {
    draft = new MemberDraft();
    expiresOn = null;
  }

  public void add() {
    try {
      draft.setTest(true);
      draft.setExpiresAt(startOf(expiresOn));
      Member added = members.add(draft);
      Notices.done("testMembers.added", added.getName());
    } catch (RosterException refusal) {
      FieldMessages.show("addTest", refusal);
    } catch (ConstraintViolationException violations) {
      FieldMessages.show("addTest", violations);
    }
  }

  public void startGenerating() {
    count = null;
    role = null;
    expiresOn = null;
    runId = null;
    progress = null;
  }

  public void generate() {
    try {
      runId = testMembers.start(count == null ? 0 : count, role, startOf(expiresOn));
      progress = testMembers.progress(runId);
    } catch (RosterException refusal) {
      FieldMessages.show("generate", refusal);
    }
  }

  /** Reads the run's progress again; the page polls this while the run works. */
  public void refresh() {
    if (runId != null) {
      progress = testMembers.progress(runId);
    }
  }

  private static Instant startOf(LocalDate day) {
    return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  public List<String> getRoleNames() {
    return roles.all().stream().map(Role::getName).toList();
  }

  public LocalDate getTomorrow() {
    return LocalDate.now(clock).plusDays(1);
  }

  public int getMax() {
    return TestMembers.MAX;
  }

  public boolean isRunning() {
    return progress != null && !progress.done();
  }

  public TestMemberProgress getProgress() {
    return progress;
  }

  public MemberDraft getDraft() {
    return draft;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(LocalDate expiresOn) {
    this.expiresOn = expiresOn;
  }

  public Integer getCount() {
    return count;
  }

  public void setCount(Integer count) {
    this.count = count;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }
}
