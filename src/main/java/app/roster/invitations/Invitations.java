package app.roster.invitations;

import static app.roster.security.Permission.MEMBERS_INVITE;

import app.roster.members.Contacts;
import app.roster.members.Member;
import app.roster.members.MemberKind;
import app.roster.members.MemberStatus;
import app.roster.messaging.boundary.Outbox;
import app.roster.messaging.boundary.OutgoingMessage;
import app.roster.platform.Conflict;
import app.roster.platform.Constraints;
import app.roster.platform.FieldError;
import app.roster.platform.Forbidden;
import app.roster.platform.InvalidInput;
import app.roster.platform.LinkRefused;
import app.roster.platform.Messages;
import app.roster.platform.NotFound;
import app.roster.platform.Page;
import app.roster.platform.PageRequest;
import app.roster.platform.Tokens;
import app.roster.roles.Role;
import app.roster.roles.Roles;
import app.roster.security.Passwords;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Invitations to the workspace: an admin invites an email with a role, the invitee receives a link,
 * and accepting it makes them a member with that role. Admins resend (a new link and a new window)
 * and revoke; links expire, and a timer marks overdue invitations expired in bulk. The console and
 * the REST API both call these methods.
 */
@Stateless
public class Invitations {

  /** The bundle prefix of the accept page's refusals. */
  static final String LINKS = "invitation";

  private static final Logger LOG = Logger.getLogger(Invitations.class.getName());

  static final String CAUSE = "invitation";

  @PersistenceContext EntityManager em;

  @Inject Roles roles;

  @Inject Tokens tokens;

  @Inject Passwords passwords;

  @Inject Outbox outbox;

  @Inject InvitationSettings settings;

  @Inject InvitationLimits limits;

  @Inject Clock clock;

  @Inject Event<InvitationAccepted> accepted;

  @Inject Event<InvitationChanged> changed;

  @Inject Event<InvitationsExpired> expired;

  @Resource SessionContext caller;

  @Inject Validator validator;

  /**
   * Invites an email with a role and mails the link. Refuses a second pending invitation for the
   * same address (resend that one instead) and members who can already sign in; a member added
   * without a password gets the invitation and completes their account by accepting it.
   */
  @RolesAllowed(MEMBERS_INVITE)
  public Invitation invite(@NotNull @Valid InvitationDraft draft) {
    Role role = grantableRole(draft.role());
    String email = Contacts.trimEmail(draft.email());
    String emailNorm = normalizedEmail(email);
    refuseWhenPending(emailNorm);
    Member member = invitableMember(emailNorm).orElse(null);
    Member inviter = currentMember();
    Instant now = clock.instant();
    limits.checkInvite(inviter, now);

    String token = tokens.newToken();
    Invitation invitation =
        new Invitation(email, emailNorm, role, member, inviter, Tokens.hash(token), now, window());
    em.persist(invitation);
    flushOrExplain();
    limits.recordInvite(invitation, now);

    mail(invitation, token);
    changed.fire(
        new InvitationChanged(
            InvitationChanged.Act.SENT,
            invitation.getId(),
            member == null ? null : member.getId()));
    LOG.log(
        Level.INFO,
        "Invitation {0} sent as {1} by member {2}{3}",
        new Object[] {
          invitation.getId(),
          role.getName(),
          caller.getCallerPrincipal().getName(),
          member == null ? "" : " to existing member " + member.getId()
        });
    return invitation;
  }

  /** Sends the invitation again: a new link and a new window; the old link stops working. */
  @RolesAllowed(MEMBERS_INVITE)
  public Invitation resend(long id) {
    Invitation invitation = find(id);
    if (!invitation.isResendable()) {
      String key = "invitation.notResendable." + invitation.getStatus().word();
      throw new Conflict(key, new FieldError("status", Messages.get(key)));
    }
    grantableRole(invitation.getRole().getName());
    invitableMember(invitation.getEmailNorm());
    Instant now = clock.instant();
    limits.checkResend(invitation, now);

    String token = tokens.newToken();
    invitation.send(Tokens.hash(token), now, window());
    limits.recordResend(invitation, now);
    flushOrExplain();

    mail(invitation, token);
    changed.fire(new InvitationChanged(InvitationChanged.Act.RESENT, id, memberIdOf(invitation)));
    LOG.log(
        Level.INFO,
        "Invitation {0} resent by member {1}",
        new Object[] {id, caller.getCallerPrincipal().getName()});
    return invitation;
  }

  /** Stops the link working. Revoking twice is harmless; an accepted invitation stays accepted. */
  @RolesAllowed(MEMBERS_INVITE)
  public Invitation revoke(long id) {
    Invitation invitation = find(id);
    if (invitation.getStatus() == InvitationStatus.ACCEPTED) {
      throw new Conflict(
          "invitation.notRevocable",
          new FieldError("status", Messages.get("invitation.notRevocable")));
    }
    if (invitation.getStatus() != InvitationStatus.REVOKED) {
      invitation.revoke();
      flushOrExplain();
      changed.fire(
          new InvitationChanged(InvitationChanged.Act.REVOKED, id, memberIdOf(invitation)));
      LOG.log(
          Level.INFO,
          "Invitation {0} revoked by member {1}",
          new Object[] {id, caller.getCallerPrincipal().getName()});
    }
    return invitation;
  }

  @RolesAllowed(MEMBERS_INVITE)
  public Invitation find(long id) {
    Invitation invitation = em.find(Invitation.class, id);
    if (invitation == null) {
      throw new NotFound("invitation.notFound");
    }
    return invitation;
  }

  /**
   * Invitations newest first: all, those with one status, or those to one address (the console
   * offers Resend for a pending one instead of inviting again).
   */
  @RolesAllowed(MEMBERS_INVITE)
  public Page<Invitation> list(@NotNull InvitationFilter filter, @NotNull PageRequest page) {
    String email = filter.email();
    String emailNorm = email == null || email.isBlank() ? null : normalizedEmail(email.strip());
    return new InvitationQueries(em).page(filter.status(), emailNorm, page);
  }

  /** The pending invitation to this address (typed in any case), if there is one. */
  @RolesAllowed(MEMBERS_INVITE)
  public Optional<Invitation> pendingFor(String email) {
    if (email == null || !Contacts.isNormalizableEmail(email.strip())) {
      return Optional.empty();
    }
    return em.createNamedQuery(Invitation.PENDING_FOR_EMAIL, Invitation.class)
        .setParameter("email", Contacts.normalizeEmail(email.strip()))
        .getResultStream()
        .findFirst();
  }

  /**
   * The invitation each of these members' action menus is about, in one indexed query for a whole
   * page of members: the pending one, else the latest. Members never invited are absent.
   */
  @RolesAllowed(MEMBERS_INVITE)
  public Map<Long, MemberInvitation> ofMembers(Collection<Long> memberIds) {
    Map<Long, MemberInvitation> found = new HashMap<>();
    if (memberIds.isEmpty()) {
      return found;
    }
    List<Object[]> rows =
        em.createQuery(
                "SELECT i.member.id, i.id, i.status FROM Invitation i"
                    + " WHERE i.member.id IN :ids ORDER BY i.sentAt, i.id",
                Object[].class)
            .setParameter("ids", memberIds)
            .getResultList();
    for (Object[] row : rows) {
      MemberInvitation invitation = new MemberInvitation((Long) row[1], (InvitationStatus) row[2]);
      MemberInvitation earlier = found.get((Long) row[0]);
      if (earlier == null || earlier.getStatus() != InvitationStatus.PENDING) {
        found.put((Long) row[0], invitation);
      }
    }
    return found;
  }

  /**
   * Invites a batch of distinct addresses with one role, in the caller's transaction (a bulk invite
   * runs one batch per transaction), and says what happened to each, in order. Addresses already
   * pending or belonging to members who can sign in are left alone; invalid ones are counted, never
   * refused as a whole. Two queries classify the batch, not two per address.
   */
  @RolesAllowed(MEMBERS_INVITE)
  public List<BulkOutcome> inviteBatch(List<String> emails, String roleName) {
    Role role = grantableRole(roleName);
    Member inviter = currentMember();
    Map<String, String> norms = new HashMap<>();
    for (String email : emails) {
      String trimmed = Contacts.trimEmail(email);
      if (validator.validateValue(InvitationDraft.class, "email", trimmed).isEmpty()
          && Contacts.isNormalizableEmail(trimmed)) {
        norms.put(email, Contacts.normalizeEmail(trimmed));
      }
    }
    Set<String> pending = new HashSet<>();
    Map<String, Member> members = new HashMap<>();
    if (!norms.isEmpty()) {
      pending.addAll(
          em.createQuery(
                  "SELECT i.pendingEmailNorm FROM Invitation i WHERE i.pendingEmailNorm IN :emails",
                  String.class)
              .setParameter("emails", norms.values())
              .getResultList());
      em.createQuery("SELECT m FROM Member m WHERE m.emailNorm IN :emails", Member.class)
          .setParameter("emails", norms.values())
          .getResultList()
          .forEach(m -> members.put(m.getEmailNorm(), m));
    }

    Instant now = clock.instant();
    List<BulkOutcome> outcomes = new ArrayList<>(emails.size());
    for (String email : emails) {
      String emailNorm = norms.get(email);
      Member member = emailNorm == null ? null : members.get(emailNorm);
      if (emailNorm == null) {
        outcomes.add(BulkOutcome.INVALID);
      } else if (pending.contains(emailNorm)) {
        outcomes.add(BulkOutcome.PENDING);
      } else if (member != null && !isInvitable(member)) {
        outcomes.add(BulkOutcome.MEMBER);
      } else {
        String token = tokens.newToken();
        Invitation invitation =
            new Invitation(
                Contacts.trimEmail(email),
                emailNorm,
                role,
                member,
                inviter,
                Tokens.hash(token),
                now,
                window());
        em.persist(invitation);
        mail(invitation, token);
        changed.fire(
            new InvitationChanged(
                InvitationChanged.Act.SENT,
                invitation.getId(),
                member == null ? null : member.getId()));
        outcomes.add(BulkOutcome.INVITED);
      }
    }
    flushOrExplain();
    return outcomes;
  }

  /** What the accept page shows for a link, or why the link cannot be used. Changes nothing. */
  @PermitAll
  public InvitationOffer describe(String token) {
    Invitation invitation = usable(token);
    Member member = invitation.getMember();
    return new InvitationOffer(
        settings.workspaceName(),
        invitation.getRole().getName(),
        invitation.getEmail(),
        member == null ? null : member.getName(),
        invitation.getExpiresAt());
  }

  /**
   * Accepts the invitation: the invitee becomes a member with the invited role, their name and
   * password. The acceptance is claimed with one conditional update before the member is made, so
   * of two submits of the same link exactly one succeeds and the other finds the link used.
   */
  @PermitAll
  public Accepted accept(String token, @NotNull @Valid AcceptanceDraft draft) {
    Invitation invitation = usable(token);
    String passwordHash = passwords.hash(draft.getPassword());
    Instant now = clock.instant();
    claimAcceptance(invitation, now);

    Member member = joiningMember(invitation, draft.getName().strip(), passwordHash, now);
    invitation.acceptedBy(member);
    flushOrExplain();

    accepted.fire(
        new InvitationAccepted(invitation.getId(), member.getId(), invitation.getRole().getName()));
    LOG.log(
        Level.INFO,
        "Invitation {0} accepted: member {1} joined as {2}",
        new Object[] {invitation.getId(), member.getId(), invitation.getRole().getName()});
    return new Accepted(member.getId(), member.getEmail());
  }

  /**
   * Marks up to {@code limit} overdue pending invitations expired with one statement, in a
   * transaction of its own; returns how many it changed. Several instances may run this at once:
   * the update re-checks each row and stamps it with this batch's random id, so each batch reports
   * (to the audit trail and the inviters) exactly the invitations it changed, and none twice.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int expireOverdue(int limit) {
    Instant now = clock.instant();
    List<Long> ids =
        em.createNamedQuery(Invitation.OVERDUE_IDS, Long.class)
            .setParameter("pending", InvitationStatus.PENDING)
            .setParameter("now", now)
            .setMaxResults(limit)
            .getResultList();
    if (ids.isEmpty()) {
      return 0;
    }
    String batch = UUID.randomUUID().toString().replace("-", "");
    int count =
        em.createNamedQuery(Invitation.EXPIRE)
            .setParameter("expired", InvitationStatus.EXPIRED)
            .setParameter("pending", InvitationStatus.PENDING)
            .setParameter("ids", ids)
            .setParameter("now", now)
            .setParameter("batch", batch)
            .executeUpdate();
    if (count > 0) {
      expired.fire(new InvitationsExpired(batch, expiredIn(batch)));
    }
    return count;
  }

  /** What the batch expired, read as four columns: no invitation, member or inviter is loaded. */
  private List<InvitationsExpired.Item> expiredIn(String batch) {
    return em.createNamedQuery(Invitation.EXPIRED_IN_BATCH, InvitationsExpired.Item.class)
        .setParameter("batch", batch)
        .getResultList();
  }

  private static Long memberIdOf(Invitation invitation) {
    return invitation.getMember() == null ? null : invitation.getMember().getId();
  }

  /**
   * Mails the reminder for up to {@code limit} pending invitations that expire within the reminder
   * lead, in a transaction of its own; returns how many it sent. Each invitation is claimed by a
   * conditional update first, so with several instances each reminder goes out once.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int remindDue(int limit) {
    Instant now = clock.instant();
    Optional<Instant> by = window().remindExpiringBy(now);
    if (by.isEmpty()) {
      return 0;
    }
    List<Long> ids =
        em.createNamedQuery(Invitation.REMINDER_DUE_IDS, Long.class)
            .setParameter("pending", InvitationStatus.PENDING)
            .setParameter("by", by.get())
            .setParameter("now", now)
            .setMaxResults(limit)
            .getResultList();
    int sent = 0;
    for (Long id : ids) {
      int claimed =
          em.createNamedQuery(Invitation.CLAIM_REMINDER)
              .setParameter("id", id)
              .setParameter("pending", InvitationStatus.PENDING)
              .setParameter("now", now)
              .executeUpdate();
      if (claimed == 1) {
        remind(em.find(Invitation.class, id));
        sent++;
      }
    }
    return sent;
  }

  private Invitation usable(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      throw new LinkRefused(LINKS, LinkRefused.Reason.UNKNOWN);
    }
    Invitation invitation =
        em.createNamedQuery(Invitation.BY_TOKEN, Invitation.class)
            .setParameter("hash", Tokens.hash(token.strip()))
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new LinkRefused(LINKS, LinkRefused.Reason.UNKNOWN));
    invitation
        .refusalAt(clock.instant())
        .ifPresent(
            reason -> {
              throw new LinkRefused(LINKS, reason);
            });
    return invitation;
  }

  private void claimAcceptance(Invitation invitation, Instant now) {
    int claimed =
        em.createNamedQuery(Invitation.CLAIM_ACCEPTANCE)
            .setParameter("accepted", InvitationStatus.ACCEPTED)
            .setParameter("pending", InvitationStatus.PENDING)
            .setParameter("id", invitation.getId())
            .setParameter("hash", invitation.getTokenHash())
            .setParameter("now", now)
            .executeUpdate();
    em.refresh(invitation);
    if (claimed != 1) {
      LOG.log(Level.FINE, "Invitation {0} was accepted or changed meanwhile", invitation.getId());
      throw new LinkRefused(LINKS, invitation.refusalAt(now).orElse(LinkRefused.Reason.USED));
    }
  }

  /**
   * The member the invitation makes: the one with its address who has no password yet (the one it
   * was attached to, or one an admin added since), or someone new.
   */
  private Member joiningMember(
      Invitation invitation, String name, String passwordHash, Instant now) {
    Member existing = invitableMember(invitation.getEmailNorm()).orElse(null);
    if (existing != null) {
      existing.completeSignUp(name, invitation.getRole(), passwordHash, now);
      return existing;
    }
    Member member =
        Member.joining(
            invitation.getRole(),
            name,
            invitation.getEmail(),
            invitation.getEmailNorm(),
            passwordHash,
            now);
    em.persist(member);
    return member;
  }

  /**
   * The member with this email whom an invitation may complete (one without a password), empty for
   * an address nobody has, or a refusal for a member who can sign in or cannot be invited.
   */
  private Optional<Member> invitableMember(String emailNorm) {
    Optional<Member> found =
        em.createNamedQuery(Member.BY_EMAIL, Member.class)
            .setParameter("email", emailNorm)
            .getResultStream()
            .findFirst();
    if (found.isEmpty()) {
      return found;
    }
    Member member = found.get();
    if (member.getPasswordHash() != null) {
      throw conflict("email", "invitation.email.member");
    }
    if (member.getStatus() != MemberStatus.ACTIVE || member.getKind() != MemberKind.REGULAR) {
      throw conflict("email", "invitation.email.notInvitable");
    }
    return found;
  }

  /** A member an invitation may complete: active, regular, and without a password yet. */
  private static boolean isInvitable(Member member) {
    return member.getPasswordHash() == null
        && member.getStatus() == MemberStatus.ACTIVE
        && member.getKind() == MemberKind.REGULAR;
  }

  private void refuseWhenPending(String emailNorm) {
    boolean pending =
        !em.createNamedQuery(Invitation.PENDING_FOR_EMAIL, Invitation.class)
            .setParameter("email", emailNorm)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (pending) {
      throw conflict("email", "invitation.email.pending");
    }
  }

  private static String normalizedEmail(String email) {
    if (!Contacts.isNormalizableEmail(email)) {
      throw new InvalidInput(
          "member.email.invalid", new FieldError("email", Messages.get("member.email.invalid")));
    }
    return Contacts.normalizeEmail(email);
  }

  private void mail(Invitation invitation, String token) {
    InvitationMail.Mail mail =
        settings
            .mail()
            .invitation(
                inviterName(invitation),
                invitation.getRole().getName(),
                invitation.getExpiresAt(),
                token);
    outbox.enqueue(
        OutgoingMessage.email(invitation.getEmail(), mail.subject(), mail.text())
            .withHtml(mail.html())
            .causedBy(CAUSE, invitation.getId()));
  }

  private void remind(Invitation invitation) {
    InvitationMail.Mail mail =
        settings
            .mail()
            .reminder(
                inviterName(invitation),
                invitation.getRole().getName(),
                invitation.getSentAt(),
                invitation.getExpiresAt());
    outbox.enqueue(
        OutgoingMessage.email(invitation.getEmail(), mail.subject(), mail.text())
            .withHtml(mail.html())
            .causedBy(CAUSE, invitation.getId()));
    LOG.log(Level.INFO, "Reminder queued for invitation {0}", invitation.getId());
  }

  private String inviterName(Invitation invitation) {
    Member inviter = invitation.getInviter();
    return inviter == null ? settings.workspaceName() : inviter.getName();
  }

  private Member currentMember() {
    return em.find(Member.class, Long.valueOf(caller.getCallerPrincipal().getName()));
  }

  /** A role the caller may hand out: one whose every permission the caller holds too. */
  private Role grantableRole(String name) {
    Role role = roles.require(name);
    if (!roles.callerMayGrant(role)) {
      throw new Forbidden("member.role.notGrantable");
    }
    return role;
  }

  private InvitationWindow window() {
    return settings.window();
  }

  /** Flushes now so that a lost race on a unique index reads like the check before it. */
  private void flushOrExplain() {
    try {
      em.flush();
    } catch (PersistenceException e) {
      String index =
          Constraints.violatedUniqueIndex(e, "uk_invitation_pending_email", "uk_member_email")
              .orElseThrow(() -> e);
      throw index.equals("uk_member_email")
          ? conflict("email", "invitation.email.member")
          : conflict("email", "invitation.email.pending");
    }
  }

  private static Conflict conflict(String field, String key) {
    return new Conflict(key, new FieldError(field, Messages.get(key)));
  }
}
