package app.roster.invitations;

import app.roster.members.MemberSummary;
import app.roster.platform.FieldMessages;
import app.roster.platform.Notices;
import app.roster.platform.RosterException;
import app.roster.roles.Role;
import app.roster.roles.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Invite member dialog and the invitation items of a member's action menu, on People → Members
 * and on a member's profile. When the address already has a pending invitation the dialog offers to
 * resend that one instead. The menus learn the invitations of a whole page of members at once.
 */
@Named
@ViewScoped
public class InviteView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String FORM = "invite";

  @Inject Invitations invitations;

  @Inject Roles roles;

  private List<String> roleNames;
  private String email;
  private String role;
  private Long pendingId;
  private final Map<Long, MemberInvitation> ofMembers = new HashMap<>();
  private final Set<Long> looked = new HashSet<>();

  @PostConstruct
  void init() {
    roleNames = roles.all().stream().map(Role::getName).toList();
  }

  /** Opens the dialog on an empty form; the admin chooses the role on purpose. */
  public void open() {
    openFor(null);
  }

  /** Opens the dialog for one member's address, from their action menu. */
  public void openFor(String address) {
    email = address;
    role = null;
    pendingId = null;
  }

  public void invite() {
    pendingId = null;
    try {
      Invitation invitation = invitations.invite(new InvitationDraft(email, role));
      forget();
      Notices.done("invitations.sent", invitation.getEmail());
    } catch (RosterException refusal) {
      if ("invitation.email.pending".equals(refusal.messageKey())) {
        pendingId = invitations.pendingFor(email).map(Invitation::getId).orElse(null);
      }
      FieldMessages.show(FORM, refusal);
    } catch (ConstraintViolationException violations) {
      FieldMessages.show(FORM, violations);
    }
  }

  /** Resends the pending invitation the dialog found for the typed address. */
  public void resendPending() {
    if (pendingId != null) {
      resend(pendingId);
    }
  }

  /** Resends a member's invitation from their action menu. */
  public void resendFor(long memberId) {
    MemberInvitation invitation = invitationOfMember(memberId);
    if (invitation != null) {
      resend(invitation.getId());
    }
  }

  private void resend(long id) {
    try {
      Invitation invitation = invitations.resend(id);
      pendingId = null;
      forget();
      Notices.done("invitations.resent", invitation.getEmail());
    } catch (RosterException refusal) {
      FieldMessages.show(FORM, refusal);
    }
  }

  /**
   * The invitation of a member on the members list: on the first row of a page asked about, the
   * invitations of every member on that page are read in one query.
   */
  public MemberInvitation invitationOf(List<MemberSummary> page, long memberId) {
    if (!looked.contains(memberId)) {
      List<Long> ids = page == null ? List.of(memberId) : ids(page, memberId);
      ofMembers.putAll(invitations.ofMembers(ids));
      looked.addAll(ids);
    }
    return ofMembers.get(memberId);
  }

  /** The invitation of one member, for their profile. */
  public MemberInvitation invitationOfMember(long memberId) {
    return invitationOf(null, memberId);
  }

  private static List<Long> ids(List<MemberSummary> page, long memberId) {
    List<Long> ids = new ArrayList<>(page.stream().map(MemberSummary::getId).toList());
    if (!ids.contains(memberId)) {
      ids.add(memberId);
    }
    return ids;
  }

  /** Forgets the menus' invitations after a change, so they are read afresh. */
  private void forget() {
    ofMembers.clear();
    looked.clear();
  }

  public boolean isPendingFound() {
    return pendingId != null;
  }

  public List<String> getRoleNames() {
    return roleNames;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }
}
