package app.roster.anonymous.boundary;

import app.roster.anonymous.control.AnonymousSettings;
import app.roster.anonymous.entity.AnonymousContact;
import app.roster.members.Member;
import app.roster.members.MemberDraft;
import app.roster.members.MemberFilter;
import app.roster.members.MemberKind;
import app.roster.members.Members;
import app.roster.platform.FieldError;
import app.roster.platform.FieldMessages;
import app.roster.platform.InvalidInput;
import app.roster.platform.Messages;
import app.roster.platform.Notices;
import app.roster.platform.PageRequest;
import app.roster.platform.RosterException;
import app.roster.roles.Role;
import app.roster.roles.Roles;
import app.roster.security.Permission;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * People → Members → Anonymous: the anonymous members inbound contact created, most recent contact
 * first, with what expires within 7 days marked (or shown alone), and the three ways to resolve
 * one: merge into a member found by search, convert into a new member, or dismiss (also for a
 * selection). View-scoped so the selection and the dialogs survive the table's Ajax requests.
 */
@Named
@ViewScoped
public class AnonymousView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String MERGE_FORM = "merge";
  private static final String CONVERT_FORM = "convert";

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  @Inject AnonymousMembers anonymous;

  @Inject Members members;

  @Inject Roles roles;

  @Inject Clock clock;

  @Inject AnonymousSettings settings;

  private boolean expiringOnly;
  private List<AnonymousContact> selected = new ArrayList<>();

  /** The anonymous member a dialog is open for, and how it is shown there. */
  private Long resolvingId;

  private String resolvingIdentifier;

  private String memberText;
  private final Map<String, Long> offered = new LinkedHashMap<>();
  private MemberDraft draft = new MemberDraft();

  private final LazyDataModel<AnonymousContact> rows = new Rows();

  public void checkAccess() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!faces.getExternalContext().isUserInRole(Permission.ANONYMOUS_RESOLVE)) {
      faces.getExternalContext().responseSendError(403, null);
      faces.responseComplete();
    }
  }

  public void startMerge(AnonymousContact row) {
    resolving(row);
    memberText = null;
    offered.clear();
  }

  /** Regular members whose name, email or phone starts with what the admin typed. */
  public List<String> completeMember(String text) {
    offered.clear();
    if (text == null || text.isBlank()) {
      return List.of();
    }
    for (Member m :
        members.list(new MemberFilter(text, null, null), new PageRequest(0, 20, null)).items()) {
      if (m.getKind() == MemberKind.REGULAR && offered.size() < 10) {
        offered.put(label(m), m.getId());
      }
    }
    return List.copyOf(offered.keySet());
  }

  public void merge() {
    Long target = memberText == null ? null : offered.get(memberText);
    if (target == null) {
      FieldMessages.show(
          MERGE_FORM,
          new InvalidInput(
              "anonymous.merge.choose",
              new FieldError("member", Messages.get("anonymous.merge.choose"))));
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    try {
      Member merged = anonymous.merge(resolvingId, target);
      Notices.done("anonymous.merged", resolvingIdentifier, merged.getName());
      selected.clear();
    } catch (RosterException refusal) {
      FieldMessages.show(MERGE_FORM, refusal);
    }
  }

  /** Opens the Convert dialog with the sender as the new member's email or phone. */
  public void startConvert(AnonymousContact row) {
    resolving(row);
    draft = new MemberDraft();
    if (row.isPhone()) {
      draft.setPhone(row.sender().display());
    } else {
      draft.setEmail(row.getIdentifier());
    }
    draft.setRole(customerRoleName());
  }

  public void convert() {
    try {
      Member created = anonymous.convert(resolvingId, draft);
      Notices.done("anonymous.converted", resolvingIdentifier, created.getName());
      selected.clear();
    } catch (RosterException refusal) {
      FieldMessages.show(CONVERT_FORM, refusal);
    } catch (ConstraintViolationException violations) {
      FieldMessages.show(CONVERT_FORM, violations);
    }
  }

  public void dismiss(AnonymousContact row) {
    try {
      anonymous.dismiss(row.getMemberId());
      Notices.done("anonymous.dismissed", row.sender().display());
      selected.remove(row);
    } catch (RosterException refusal) {
      FieldMessages.show("anonymous", refusal);
    }
  }

  public void dismissSelected() {
    int dismissed =
        anonymous.dismissAll(selected.stream().map(AnonymousContact::getMemberId).toList());
    selected.clear();
    Notices.done("anonymous.dismissedMany", dismissed);
  }

  public String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant);
  }

  public long daysLeft(AnonymousContact row) {
    return row.daysUntilExpiry(clock.instant());
  }

  public boolean expiresSoon(AnonymousContact row) {
    return row.expiresWithin(AnonymousSettings.EXPIRING_SOON, clock.instant());
  }

  public String display(AnonymousContact row) {
    return row.sender().display();
  }

  public String channelLabel(AnonymousContact row) {
    return Messages.get(locale(), "contacts.channel." + row.getChannel().apiName());
  }

  /** How many days an unresolved anonymous member lives after its last contact. */
  public long getLifetimeDays() {
    return settings.lifetime().toDays();
  }

  public LocalDate getToday() {
    return LocalDate.now(clock);
  }

  public List<String> getRoleNames() {
    return roles.all().stream().map(Role::getName).toList();
  }

  public LazyDataModel<AnonymousContact> getRows() {
    return rows;
  }

  public boolean isExpiringOnly() {
    return expiringOnly;
  }

  public void setExpiringOnly(boolean expiringOnly) {
    this.expiringOnly = expiringOnly;
  }

  public List<AnonymousContact> getSelected() {
    return selected;
  }

  public void setSelected(List<AnonymousContact> selected) {
    this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
  }

  public String getResolvingIdentifier() {
    return resolvingIdentifier;
  }

  public String getMemberText() {
    return memberText;
  }

  public void setMemberText(String memberText) {
    this.memberText = memberText;
  }

  public MemberDraft getDraft() {
    return draft;
  }

  private void resolving(AnonymousContact row) {
    resolvingId = row.getMemberId();
    resolvingIdentifier = row.sender().display();
  }

  private String customerRoleName() {
    return roles.all().stream()
        .filter(r -> !r.isTeam())
        .map(Role::getName)
        .findFirst()
        .orElse(null);
  }

  private static String label(Member member) {
    String contact = member.getEmail() != null ? member.getEmail() : member.getPhoneDisplay();
    return contact == null ? member.getName() : member.getName() + " <" + contact + ">";
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  /** The table's rows, one page at a time. */
  private final class Rows extends LazyDataModel<AnonymousContact> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      long total = anonymous.list(expiringOnly, new PageRequest(0, 1, null)).total();
      return (int) Math.min(total, Integer.MAX_VALUE);
    }

    @Override
    public List<AnonymousContact> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      int size = Math.min(pageSize, PageRequest.MAX_SIZE);
      return anonymous.list(expiringOnly, new PageRequest(first / size, size, null)).items();
    }

    @Override
    public String getRowKey(AnonymousContact row) {
      return String.valueOf(row.getMemberId());
    }

    @Override
    public AnonymousContact getRowData(String rowKey) {
      return getWrappedData().stream()
          .filter(r -> String.valueOf(r.getMemberId()).equals(rowKey))
          .findFirst()
          .orElse(null);
    }
  }
}
