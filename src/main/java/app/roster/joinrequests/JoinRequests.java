package app.roster.joinrequests;

import static app.roster.security.Permission.MEMBERS_INVITE;

import app.roster.invitations.Invitation;
import app.roster.invitations.InvitationDraft;
import app.roster.invitations.InvitationSettings;
import app.roster.invitations.Invitations;
import app.roster.members.Contacts;
import app.roster.members.Member;
import app.roster.messaging.boundary.Outbox;
import app.roster.messaging.boundary.OutgoingMessage;
import app.roster.platform.Conflict;
import app.roster.platform.FieldError;
import app.roster.platform.InvalidInput;
import app.roster.platform.LinkRefused;
import app.roster.platform.Messages;
import app.roster.platform.NotFound;
import app.roster.platform.Page;
import app.roster.platform.PageRequest;
import app.roster.platform.Tokens;
import app.roster.workspace.Workspace;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Join requests for a public workspace: someone asks through /join, confirms their email through
 * the mailed link, and admins approve the request (which invites the email with a role, through
 * {@link Invitations#invite}) or decline it. The answer to /join never tells whether an email
 * belongs to a member: a member gets a mail pointing to sign-in instead of a confirmation link.
 */
@Stateless
public class JoinRequests {

  /** The bundle prefix of the confirm page's refusals. */
  static final String LINKS = "join";

  private static final Logger LOG = Logger.getLogger(JoinRequests.class.getName());

  static final String CAUSE = "join_request";

  /** How long a confirmation link works. */
  static final Duration CONFIRMATION_WINDOW = Duration.ofHours(24);

  @PersistenceContext EntityManager em;

  @Inject Workspace workspace;

  @Inject Invitations invitations;

  @Inject InvitationSettings invitationSettings;

  @Inject JoinLimits limits;

  @Inject Tokens tokens;

  @Inject Outbox outbox;

  @Inject Clock clock;

  @Resource SessionContext caller;

  /**
   * Takes a request from /join. Answers the same way for members and strangers: a stranger gets a
   * confirmation link, a member a note to sign in. Refuses when the workspace is private and when
   * the email or the client address asked too often.
   */
  @PermitAll
  public void request(@NotNull @Valid JoinDraft draft, @NotNull String clientAddress) {
    if (!workspace.allowsJoinRequests()) {
      throw new NotFound("join.private.text");
    }
    String email = Contacts.trimEmail(draft.getEmail());
    if (!Contacts.isNormalizableEmail(email)) {
      throw new InvalidInput(
          "member.email.invalid", new FieldError("email", Messages.get("member.email.invalid")));
    }
    String emailNorm = Contacts.normalizeEmail(email);
    Instant now = clock.instant();
    limits.attempt(emailNorm, clientAddress, now);

    if (isMember(emailNorm)) {
      JoinMail.Mail note = mail().alreadyMember();
      outbox.enqueue(
          OutgoingMessage.email(email, note.getSubject(), note.getText()).withHtml(note.getHtml()));
      LOG.log(Level.INFO, "A join request for a member's email was answered with a sign-in note");
      return;
    }
    String token = tokens.newToken();
    JoinRequest request =
        new JoinRequest(
            draft.getName().strip(),
            email,
            emailNorm,
            blankToNull(draft.getMessage()),
            Tokens.hash(token),
            now,
            now.plus(CONFIRMATION_WINDOW));
    em.persist(request);
    em.flush();
    JoinMail.Mail confirmation = mail().confirmation(request.getName(), token);
    outbox.enqueue(
        OutgoingMessage.email(email, confirmation.getSubject(), confirmation.getText())
            .withHtml(confirmation.getHtml())
            .causedBy(CAUSE, request.getId()));
    LOG.log(Level.INFO, "Join request {0} waits for its email to be confirmed", request.getId());
  }

  /** The request a confirmation link belongs to, or why the link does not work. Changes nothing. */
  @PermitAll
  public JoinRequest describeConfirmation(String token) {
    return confirmable(token);
  }

  /**
   * Confirms the email: the request goes to the admins. The link is claimed with one conditional
   * update, so it works once, also when two submits race.
   */
  @PermitAll
  public JoinRequest confirm(String token) {
    JoinRequest request = confirmable(token);
    int claimed =
        em.createNamedQuery(JoinRequest.CLAIM_CONFIRMATION)
            .setParameter("pending", JoinRequestStatus.PENDING)
            .setParameter("unconfirmed", JoinRequestStatus.UNCONFIRMED)
            .setParameter("id", request.getId())
            .setParameter("hash", Tokens.hash(token.strip()))
            .setParameter("now", clock.instant())
            .executeUpdate();
    em.refresh(request);
    if (claimed != 1) {
      throw new LinkRefused(LINKS, LinkRefused.Reason.USED);
    }
    LOG.log(Level.INFO, "Join request {0} confirmed; it waits for an admin", request.getId());
    return request;
  }

  /** Confirmed requests, newest first: all of them or those with one status. */
  @RolesAllowed(MEMBERS_INVITE)
  public Page<JoinRequest> list(JoinRequestStatus status, @NotNull PageRequest page) {
    String where = status == null ? " WHERE r.status <> :unconfirmed" : " WHERE r.status = :status";
    TypedQuery<JoinRequest> rows =
        em.createQuery(
            "SELECT r FROM JoinRequest r" + where + " ORDER BY r.confirmedAt DESC, r.id DESC",
            JoinRequest.class);
    TypedQuery<Long> total =
        em.createQuery("SELECT COUNT(r) FROM JoinRequest r" + where, Long.class);
    if (status == null) {
      rows.setParameter("unconfirmed", JoinRequestStatus.UNCONFIRMED);
      total.setParameter("unconfirmed", JoinRequestStatus.UNCONFIRMED);
    } else {
      rows.setParameter("status", status);
      total.setParameter("status", status);
    }
    return new Page<>(
        rows.setFirstResult((int) page.offset()).setMaxResults(page.size()).getResultList(),
        total.getSingleResult());
  }

  @RolesAllowed(MEMBERS_INVITE)
  public JoinRequest find(long id) {
    JoinRequest request = em.find(JoinRequest.class, id);
    if (request == null || request.getStatus() == JoinRequestStatus.UNCONFIRMED) {
      throw new NotFound("join.request.notFound");
    }
    return request;
  }

  /** Approves a pending request: the email is invited with the role, as an admin would. */
  @RolesAllowed(MEMBERS_INVITE)
  public Invitation approve(long id, String role) {
    JoinRequest request = decidable(id);
    Invitation invitation = invitations.invite(new InvitationDraft(request.getEmail(), role));
    request.approve(invitation, currentMember(), clock.instant());
    em.flush();
    LOG.log(
        Level.INFO,
        "Join request {0} approved by member {1}: invitation {2}",
        new Object[] {id, caller.getCallerPrincipal().getName(), invitation.getId()});
    return invitation;
  }

  /** Declines a pending request; a reason, when given, is mailed to the requester. */
  @RolesAllowed(MEMBERS_INVITE)
  public JoinRequest decline(
      long id, @Size(max = 1000, message = "{join.reason.size}") String reason) {
    JoinRequest request = decidable(id);
    String why = blankToNull(reason);
    request.decline(why, currentMember(), clock.instant());
    em.flush();
    if (why != null) {
      JoinMail.Mail mail = mail().declined(request.getName(), why);
      outbox.enqueue(
          OutgoingMessage.email(request.getEmail(), mail.getSubject(), mail.getText())
              .withHtml(mail.getHtml())
              .causedBy(CAUSE, request.getId()));
    }
    LOG.log(
        Level.INFO,
        "Join request {0} declined by member {1}",
        new Object[] {id, caller.getCallerPrincipal().getName()});
    return request;
  }

  private JoinRequest decidable(long id) {
    JoinRequest request = find(id);
    if (!request.isPending()) {
      String key = "join.request.decided";
      throw new Conflict(key, new FieldError("status", Messages.get(key)));
    }
    return request;
  }

  private JoinRequest confirmable(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      throw new LinkRefused(LINKS, LinkRefused.Reason.UNKNOWN);
    }
    JoinRequest request =
        em.createNamedQuery(JoinRequest.BY_TOKEN, JoinRequest.class)
            .setParameter("hash", Tokens.hash(token.strip()))
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new LinkRefused(LINKS, LinkRefused.Reason.UNKNOWN));
    if (request.getStatus() != JoinRequestStatus.UNCONFIRMED) {
      throw new LinkRefused(LINKS, LinkRefused.Reason.USED);
    }
    if (request.confirmationExpiredAt(clock.instant())) {
      throw new LinkRefused(LINKS, LinkRefused.Reason.EXPIRED);
    }
    return request;
  }

  private boolean isMember(String emailNorm) {
    return !em.createNamedQuery(Member.BY_EMAIL, Member.class)
        .setParameter("email", emailNorm)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private JoinMail mail() {
    return new JoinMail(
        workspace.name(), invitationSettings.baseUrl(), invitationSettings.locale());
  }

  private Member currentMember() {
    return em.find(Member.class, Long.valueOf(caller.getCallerPrincipal().getName()));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
