package app.roster.access;

import app.roster.members.MemberFilter;
import app.roster.members.MemberSummary;
import app.roster.members.Members;
import app.roster.platform.FieldMessages;
import app.roster.platform.Messages;
import app.roster.platform.Notices;
import app.roster.platform.PageRequest;
import app.roster.platform.RosterException;
import app.roster.security.Permission;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Settings → Access rules: the named rules, and an editor with a live type-check, a "test against
 * member" box and the members the condition currently admits, a page at a time. {@link AccessRules}
 * checks access.manage on every call; the check here only turns a missing permission into a 403.
 */
@Named
@ViewScoped
public class AccessRulesView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String FORM = "editor";
  private static final int ADMITTED_PAGE = 25;
  private static final Pattern MEMBER_CHOICE = Pattern.compile("^#(\\d+) ");

  @Inject AccessRules rules;

  @Inject Members members;

  private List<AccessRule> rows = List.of();
  private AccessRuleDraft draft = new AccessRuleDraft();
  private boolean open;
  private Long editing;
  private long editingVersion;
  private AccessRule deleting;
  private List<ConditionError> mistakes = List.of();
  private String testMember;
  private String testResult;
  private boolean testAllowed;
  private AdmittedPage admitted;
  private final List<Long> admittedStarts = new ArrayList<>();

  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!faces.getExternalContext().isUserInRole(Permission.ACCESS_MANAGE)) {
      faces.getExternalContext().responseSendError(403, null);
      faces.responseComplete();
      return;
    }
    rows = rules.all();
  }

  public void startCreating() {
    editing = null;
    draft = new AccessRuleDraft();
    open();
  }

  public void startEditing(AccessRule rule) {
    editing = rule.getId();
    editingVersion = rule.getVersion();
    draft = AccessRuleDraft.of(rule);
    open();
    check();
  }

  private void open() {
    open = true;
    mistakes = List.of();
    testResult = null;
    admitted = null;
    admittedStarts.clear();
  }

  public void close() {
    open = false;
  }

  /** The live type-check, as the admin types. */
  public void check() {
    String expression = draft.getExpression();
    mistakes = expression == null || expression.isBlank() ? List.of() : rules.mistakes(expression);
    admitted = null;
    admittedStarts.clear();
  }

  public void save() {
    try {
      AccessRule saved =
          editing == null ? rules.create(draft) : rules.update(editing, editingVersion, draft);
      editing = saved.getId();
      editingVersion = saved.getVersion();
      Notices.done("access.rule.saved", saved.getName());
      rows = rules.all();
    } catch (InvalidCondition invalid) {
      mistakes = invalid.mistakes();
      FieldMessages.show(FORM, invalid);
    } catch (RosterException refused) {
      FieldMessages.show(FORM, refused);
    } catch (ConstraintViolationException invalid) {
      FieldMessages.show(FORM, invalid);
    }
  }

  public void startDeleting(AccessRule rule) {
    deleting = rule;
  }

  public void delete() {
    if (deleting == null) {
      return;
    }
    try {
      rules.delete(deleting.getId());
      Notices.done("access.rule.deleted", deleting.getName());
      if (deleting.getId().equals(editing)) {
        open = false;
      }
    } catch (RosterException refused) {
      FieldMessages.show("deleteForm", refused);
    }
    deleting = null;
    rows = rules.all();
  }

  // Test against a member

  /** Members whose name, email or phone starts with what was typed, as "#42 Name (email)". */
  public List<String> suggestMembers(String typed) {
    if (typed == null || typed.isBlank()) {
      return List.of();
    }
    return members
        .list(new MemberFilter(typed, null, null), new PageRequest(0, 10, null))
        .items()
        .stream()
        .map(MemberSummary::of)
        .map(m -> "#" + m.getId() + " " + m.getName() + " (" + m.getEmail() + ")")
        .toList();
  }

  public void test() {
    testResult = null;
    Long memberId = chosenMember();
    if (memberId == null) {
      testResult = Messages.get("access.test.pick");
      testAllowed = false;
      return;
    }
    try {
      Verdict verdict = rules.checkExpression(draft.getExpression(), memberId);
      testAllowed = verdict.allowed();
      testResult =
          verdict.failed()
              ? Messages.get("access.test.failed", verdict.error())
              : Messages.get(verdict.allowed() ? "access.test.allowed" : "access.test.denied");
    } catch (InvalidCondition invalid) {
      mistakes = invalid.mistakes();
      testAllowed = false;
      testResult = Messages.get("access.test.fix");
    } catch (RosterException refused) {
      testAllowed = false;
      testResult = Messages.get(refused.messageKey(), refused.messageArgs());
    }
  }

  private Long chosenMember() {
    if (testMember == null) {
      return null;
    }
    String typed = testMember.strip();
    Matcher choice = MEMBER_CHOICE.matcher(typed + " ");
    if (choice.find()) {
      return Long.valueOf(choice.group(1));
    }
    return typed.matches("\\d{1,18}") ? Long.valueOf(typed) : null;
  }

  // Members admitted

  public void firstAdmitted() {
    admittedStarts.clear();
    showAdmitted(null);
  }

  public void nextAdmitted() {
    if (admitted != null && admitted.nextAfter() != null) {
      showAdmitted(admitted.nextAfter());
    }
  }

  public void previousAdmitted() {
    if (admittedStarts.size() > 1) {
      admittedStarts.remove(admittedStarts.size() - 1);
      Long start = admittedStarts.remove(admittedStarts.size() - 1);
      showAdmitted(start);
    }
  }

  private void showAdmitted(Long after) {
    try {
      admitted = rules.admitted(draft.getExpression(), after, ADMITTED_PAGE);
      admittedStarts.add(after);
    } catch (InvalidCondition invalid) {
      mistakes = invalid.mistakes();
      admitted = null;
    }
  }

  // Properties

  public List<AccessRule> getRows() {
    return rows;
  }

  public AccessRuleDraft getDraft() {
    return draft;
  }

  public boolean isOpen() {
    return open;
  }

  public boolean isEditing() {
    return editing != null;
  }

  public AccessRule getDeleting() {
    return deleting;
  }

  public List<ConditionError> getMistakes() {
    return mistakes;
  }

  public boolean isValid() {
    return mistakes.isEmpty() && draft.getExpression() != null && !draft.getExpression().isBlank();
  }

  public String getTestMember() {
    return testMember;
  }

  public void setTestMember(String testMember) {
    this.testMember = testMember;
  }

  public String getTestResult() {
    return testResult;
  }

  public boolean isTestAllowed() {
    return testAllowed;
  }

  public AdmittedPage getAdmitted() {
    return admitted;
  }

  public boolean isHasPrevious() {
    return admittedStarts.size() > 1;
  }

  public int getAdmittedPageNumber() {
    return admittedStarts.size();
  }
}
