package app.roster.members;

import app.roster.platform.FieldMessages;
import app.roster.platform.Notices;
import app.roster.platform.RosterException;
import app.roster.roles.Role;
import app.roster.roles.RoleKind;
import app.roster.roles.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * People → Members: the member list with its search and filters, and the Add member dialog.
 * View-scoped, so paging, sorting and the filter survive the page's Ajax requests.
 */
@Named
@ViewScoped
public class MembersView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String ADD_FORM = "add";

  @Inject Members members;

  @Inject Roles roles;

  @Inject Clock clock;

  private MemberTable table;
  private List<String> roleNames;
  private String query;
  private String role;
  private RoleKind type;
  private List<String> labels = new ArrayList<>();
  private String labelMatch = MemberFilter.LabelMatch.ANY.name();
  private MemberListing listing = MemberListing.ACTIVE;
  private MemberDraft draft = new MemberDraft();

  @PostConstruct
  void init() {
    table = new MemberTable(members, this::filter);
    roleNames = roles.all().stream().map(Role::getName).toList();
  }

  /** The tab's type with the search text, role, labels and listing the page last submitted. */
  MemberFilter filter() {
    return new MemberFilter(
        query, role, type, labels, MemberFilter.LabelMatch.valueOf(labelMatch), listing);
  }

  /** The filter the list shows now, for bulk work over every match. */
  public MemberFilter currentFilter() {
    return filter();
  }

  /** Which members the table lists: ACTIVE (the default), ARCHIVED or TEST. */
  public String getListing() {
    return listing.name();
  }

  public void setListing(String listing) {
    this.listing =
        Arrays.stream(MemberListing.values())
            .filter(l -> l.name().equals(listing))
            .findFirst()
            .orElse(MemberListing.ACTIVE);
  }

  /** Opens the dialog on an empty form; the admin chooses the role on purpose. */
  public void startAdding() {
    draft = new MemberDraft();
  }

  public void add() {
    try {
      Member added = members.add(draft);
      Notices.done("members.added", added.getName());
    } catch (RosterException refusal) {
      FieldMessages.show(ADD_FORM, refusal);
    } catch (ConstraintViolationException violations) {
      FieldMessages.show(ADD_FORM, violations);
    }
  }

  /** The latest date of birth the date picker offers. */
  public LocalDate getToday() {
    return LocalDate.now(clock);
  }

  public MemberTable getTable() {
    return table;
  }

  public List<String> getRoleNames() {
    return roleNames;
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  /**
   * The tab, from the address: {@code ?type=team} lists the team, {@code ?type=customer} the
   * customers; anything else (or nothing) every member.
   */
  public String getType() {
    return type == null ? null : type.word();
  }

  public void setType(String word) {
    this.type =
        Arrays.stream(RoleKind.values())
            .filter(kind -> kind.word().equals(word))
            .findFirst()
            .orElse(null);
  }

  /** The highlighted tab: 0 all members, 1 team, 2 customers (3 is the Anonymous page). */
  public int getTab() {
    return type == null ? 0 : type == RoleKind.TEAM ? 1 : 2;
  }

  public List<String> getLabels() {
    return labels;
  }

  public void setLabels(List<String> labels) {
    this.labels = labels == null ? new ArrayList<>() : new ArrayList<>(labels);
  }

  /** ?label=VIP from a link (Settings → Labels counts) opens the list filtered by that label. */
  public String getLabelParam() {
    return null;
  }

  public void setLabelParam(String label) {
    if (label != null && !label.isBlank()) {
      this.labels = new ArrayList<>(List.of(label));
    }
  }

  public String getLabelMatch() {
    return labelMatch;
  }

  public void setLabelMatch(String labelMatch) {
    this.labelMatch = labelMatch == null ? MemberFilter.LabelMatch.ANY.name() : labelMatch;
  }

  public MemberDraft getDraft() {
    return draft;
  }
}
