package app.roster.credentials;

import static app.roster.security.Permission.CREDENTIALS_CHANGE;

import app.roster.members.Contacts;
import app.roster.members.Member;
import app.roster.members.MemberDraft;
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
import app.roster.platform.Tokens;
import app.roster.roles.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Changing a member's sign-in email or phone with the member's consent. An admin asks for the
 * change; the member receives a link at their current contact method (a new email is confirmed
 * through the old address, a new phone by SMS to the old phone, or by email when there is none);
 * only confirming the link changes the member, signs their sessions out, and (for an email) tells
 * the old address. Admins see, resend and cancel the pending change. The console and the REST API
 * both call these methods.
 */
@Stateless
public class Credentials {

  /** The bundle prefix of the confirm page's refusals. */
  static final String LINKS = "credential";

  static final String CAUSE = "credential-change";

  private static final Logger LOG = Logger.getLogger(Credentials.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Roles roles;

  @Inject Tokens tokens;

  @Inject Outbox outbox;

  @Inject CredentialSettings settings;

  @Inject Clock clock;

  @Inject Validator validator;

  @Inject Event<CredentialChanged> changed;

  @Resource SessionContext caller;

  /**
   * Asks the member to confirm a new sign-in email. Nothing changes until they do; a pending change
   * of the member is replaced and its link stops working.
   */
  @RolesAllowed(CREDENTIALS_CHANGE)
  public CredentialChange requestEmailChange(long memberId, String email) {
    Member member = changeableMember(memberId);
    String typed = Contacts.trimEmail(email);
    validate("email", typed);
    if (typed == null || typed.isEmpty() || !Contacts.isNormalizableEmail(typed)) {
      throw invalid("email", "member.email.invalid");
    }
    String norm = Contacts.normalizeEmail(typed);
    if (norm.equals(member.getEmailNorm())) {
      throw invalid("email", "credential.email.same");
    }
    refuseTakenEmail(norm, member);
    return request(member, CredentialKind.EMAIL, typed, norm);
  }

  /** Asks the member to confirm a new phone; the same rules as for an email. */
  @RolesAllowed(CREDENTIALS_CHANGE)
  public CredentialChange requestPhoneChange(long memberId, String phone) {
    Member member = changeableMember(memberId);
    if (phone == null || phone.isBlank()) {
      throw invalid("phone", "credential.phone.required");
    }
    validate("phone", phone.strip());
    String e164 =
        Contacts.toE164(phone, settings.phoneRegion())
            .orElseThrow(() -> invalid("phone", "member.phone.invalid"));
    if (e164.equals(member.getPhoneE164())) {
      throw invalid("phone", "credential.phone.same");
    }
    refuseTakenPhone(e164, member);
    return request(member, CredentialKind.PHONE, e164, e164);
  }

  /** The member's pending change (possibly past its expiry), if there is one. */
  @RolesAllowed(CREDENTIALS_CHANGE)
  public Optional<CredentialChange> pendingOf(long memberId) {
    changeableMember(memberId);
    return pending(memberId);
  }

  /** Withdraws the pending change: its link stops working, the member stays as they are. */
  @RolesAllowed(CREDENTIALS_CHANGE)
  public CredentialChange cancel(long memberId) {
    changeableMember(memberId);
    CredentialChange change = pending(memberId).orElseThrow(() -> new NotFound("credential.none"));
    change.close(CredentialChangeStatus.CANCELLED, clock.instant());
    flushOrExplain();
    fire(CredentialChanged.Act.CANCELLED, change, null, null);
    LOG.log(
        Level.INFO,
        "Credential change {0} of member {1} cancelled by member {2}",
        new Object[] {change.getId(), memberId, callerName()});
    return change;
  }

  /**
   * Sends the pending change's link again with a new window (also after it expired); the previous
   * link stops working.
   */
  @RolesAllowed(CREDENTIALS_CHANGE)
  public CredentialChange resend(long memberId) {
    Member member = changeableMember(memberId);
    CredentialChange change = pending(memberId).orElseThrow(() -> new NotFound("credential.none"));
    send(change, member, clock.instant());
    flushOrExplain();
    fire(CredentialChanged.Act.RESENT, change, null, null);
    LOG.log(
        Level.INFO,
        "Credential change {0} of member {1} resent by member {2}",
        new Object[] {change.getId(), memberId, callerName()});
    return change;
  }

  /** What the confirm page shows for a link, or why it cannot be used. Changes nothing. */
  @PermitAll
  public CredentialOffer describe(String token) {
    CredentialChange change = usable(token);
    Member member = change.getMember();
    String current =
        change.getKind() == CredentialKind.EMAIL ? member.getEmail() : member.getPhoneDisplay();
    String next =
        change.getKind() == CredentialKind.EMAIL
            ? change.getNewValue()
            : Contacts.international(change.getNewValue());
    return new CredentialOffer(
        change.getKind(),
        member.getName(),
        current,
        next,
        change.getRequestedByLabel(),
        change.getExpiresAt());
  }

  /**
   * Applies the change the link stands for. The new value is checked again (someone else may have
   * taken it since the request); the confirmation is claimed with one conditional update, so of two
   * submits of the same link exactly one applies it. The member's sessions end; after an email
   * change the old address is told.
   */
  @PermitAll
  public CredentialOffer confirm(String token) {
    CredentialChange change = usable(token);
    CredentialOffer offer = describe(token);
    Member member = change.getMember();
    if (change.getKind() == CredentialKind.EMAIL) {
      refuseTakenEmail(change.getNewValueNorm(), member);
    } else {
      refuseTakenPhone(change.getNewValueNorm(), member);
    }
    Instant now = clock.instant();
    claimConfirmation(change, now);

    String oldEmail = member.getEmail();
    String before;
    if (change.getKind() == CredentialKind.EMAIL) {
      before = oldEmail;
      member.confirmCredentials(
          change.getNewValue(), change.getNewValueNorm(), member.getPhoneE164(), now);
    } else {
      before = member.getPhoneE164();
      member.confirmCredentials(
          member.getEmail(), member.getEmailNorm(), change.getNewValue(), now);
    }
    flushOrExplain();

    if (change.getKind() == CredentialKind.EMAIL) {
      CredentialMessages.Mail notice =
          settings.messages().emailChangedNotice(change.getNewValue(), requesterName(change), now);
      outbox.enqueue(
          OutgoingMessage.email(oldEmail, notice.subject(), notice.text())
              .withHtml(notice.html())
              .causedBy(CAUSE, change.getId()));
    }
    fire(CredentialChanged.Act.CONFIRMED, change, before, member.getId());
    LOG.log(
        Level.INFO,
        "Credential change {0}: member {1} confirmed a new {2}; their sessions end",
        new Object[] {change.getId(), member.getId(), change.getKind().field()});
    return offer;
  }

  private CredentialChange request(
      Member member, CredentialKind kind, String newValue, String newValueNorm) {
    Instant now = clock.instant();
    pending(member.getId())
        .ifPresent(
            earlier -> {
              earlier.close(CredentialChangeStatus.REPLACED, now);
              em.flush();
              LOG.log(
                  Level.INFO,
                  "Credential change {0} of member {1} replaced by a new request",
                  new Object[] {earlier.getId(), member.getId()});
            });
    Member requester = currentMember();
    CredentialChange change =
        new CredentialChange(
            member,
            kind,
            newValue,
            newValueNorm,
            requester,
            requester == null ? "#" + callerName() : label(requester),
            now);
    em.persist(change);
    send(change, member, now);
    flushOrExplain();

    fire(CredentialChanged.Act.REQUESTED, change, null, null);
    LOG.log(
        Level.INFO,
        "Credential change {0}: member {1} asked member {2} to confirm a new {3} (sent by {4})",
        new Object[] {
          change.getId(), callerName(), member.getId(), kind.field(), change.getSentVia()
        });
    return change;
  }

  /**
   * A new token and window, and the message with the link to the member's current contact method: a
   * phone change goes by SMS to the current phone when there is one, everything else by email.
   */
  private void send(CredentialChange change, Member member, Instant now) {
    String token = tokens.newToken();
    Instant until = now.plus(settings.linkLifetime());
    CredentialMessages messages = settings.messages();
    String requester = requesterName(change);
    OutgoingMessage message;
    if (change.getKind() == CredentialKind.PHONE && member.getPhoneE164() != null) {
      String text =
          messages.confirmationSms(change.getKind(), requester, change.getNewValue(), until, token);
      message = OutgoingMessage.sms(member.getPhoneE164(), text);
    } else {
      CredentialMessages.Mail mail =
          messages.confirmationMail(
              change.getKind(), requester, change.getNewValue(), until, token);
      message =
          OutgoingMessage.email(member.getEmail(), mail.subject(), mail.text())
              .withHtml(mail.html());
    }
    change.send(Tokens.hash(token), message.channel(), message.recipient(), now, until);
    outbox.enqueue(message.causedBy(CAUSE, change.getId()));
  }

  private CredentialChange usable(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      throw new LinkRefused(LINKS, LinkRefused.Reason.UNKNOWN);
    }
    CredentialChange change =
        em.createNamedQuery(CredentialChange.BY_TOKEN, CredentialChange.class)
            .setParameter("hash", Tokens.hash(token.strip()))
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new LinkRefused(LINKS, LinkRefused.Reason.UNKNOWN));
    change
        .refusalAt(clock.instant())
        .ifPresent(
            reason -> {
              throw new LinkRefused(LINKS, reason);
            });
    if (change.getMember().getStatus() != MemberStatus.ACTIVE) {
      throw new LinkRefused(LINKS, LinkRefused.Reason.REVOKED);
    }
    return change;
  }

  private void claimConfirmation(CredentialChange change, Instant now) {
    int claimed =
        em.createNamedQuery(CredentialChange.CLAIM_CONFIRMATION)
            .setParameter("confirmed", CredentialChangeStatus.CONFIRMED)
            .setParameter("pending", CredentialChangeStatus.PENDING)
            .setParameter("id", change.getId())
            .setParameter("hash", change.getTokenHash())
            .setParameter("now", now)
            .executeUpdate();
    em.refresh(change);
    if (claimed != 1) {
      LOG.log(Level.FINE, "Credential change {0} was decided meanwhile", change.getId());
      throw new LinkRefused(LINKS, change.refusalAt(now).orElse(LinkRefused.Reason.USED));
    }
  }

  private Optional<CredentialChange> pending(long memberId) {
    return em.createNamedQuery(CredentialChange.PENDING_OF, CredentialChange.class)
        .setParameter("member", memberId)
        .getResultStream()
        .findFirst();
  }

  /**
   * The member, when the caller may change their credentials: the caller holds credentials.change
   * now (read from the database, not the session) and every permission of the member's role, as for
   * an edit (an Admin never changes an Owner's sign-in).
   */
  private Member changeableMember(long memberId) {
    if (!roles.callerHolds(CREDENTIALS_CHANGE)) {
      throw new Forbidden("credential.notAllowed");
    }
    Member member = em.find(Member.class, memberId);
    if (member == null) {
      throw new NotFound("member.notFound");
    }
    if (!roles.callerMayGrant(member.getRole())) {
      throw new Forbidden("member.notEditable");
    }
    if (member.getStatus() != MemberStatus.ACTIVE) {
      throw new Conflict(
          "credential.notActive", new FieldError("status", msg("credential.notActive")));
    }
    return member;
  }

  /** The same Bean Validation rules as when a member is added (length, form of the address). */
  private void validate(String field, String value) {
    Set<ConstraintViolation<MemberDraft>> violations =
        validator.validateValue(MemberDraft.class, field, value);
    if (!violations.isEmpty()) {
      String message = violations.iterator().next().getMessage();
      throw new InvalidInput("credential.invalid", new FieldError(field, message));
    }
  }

  private void refuseTakenEmail(String emailNorm, Member self) {
    refuseTaken(Member.BY_EMAIL, "email", emailNorm, self, "member.email.taken");
  }

  private void refuseTakenPhone(String e164, Member self) {
    refuseTaken(Member.BY_PHONE, "phone", e164, self, "member.phone.taken");
  }

  private void refuseTaken(String query, String field, String value, Member self, String key) {
    boolean taken =
        em.createNamedQuery(query, Member.class)
            .setParameter(field, value)
            .getResultStream()
            .anyMatch(other -> !other.getId().equals(self.getId()));
    if (taken) {
      throw new Conflict(key, new FieldError(field, msg(key)));
    }
  }

  /** Flushes now so that a lost race on a unique index reads like the check before it. */
  private void flushOrExplain() {
    try {
      em.flush();
    } catch (PersistenceException e) {
      String index =
          Constraints.violatedUniqueIndex(
                  e, "uk_member_email", "uk_member_phone", "uk_credential_change_pending")
              .orElseThrow(() -> e);
      throw switch (index) {
        case "uk_member_email" ->
            new Conflict("member.email.taken", new FieldError("email", msg("member.email.taken")));
        case "uk_member_phone" ->
            new Conflict("member.phone.taken", new FieldError("phone", msg("member.phone.taken")));
        default ->
            new Conflict(
                "credential.concurrent", new FieldError("member", msg("credential.concurrent")));
      };
    }
  }

  private void fire(CredentialChanged.Act act, CredentialChange change, String before, Long actor) {
    changed.fire(
        new CredentialChanged(
            act,
            change.getId(),
            change.getMember().getId(),
            change.getKind().field(),
            before,
            change.getNewValue(),
            actor));
  }

  private String requesterName(CredentialChange change) {
    Member requester = change.getRequestedBy();
    return requester == null ? settings.messages().workspace() : requester.getName();
  }

  private Member currentMember() {
    String name = callerName();
    return name != null && name.chars().allMatch(Character::isDigit)
        ? em.find(Member.class, Long.valueOf(name))
        : null;
  }

  private String callerName() {
    return caller.getCallerPrincipal().getName();
  }

  static String label(Member member) {
    String label = member.getName() + " <" + member.getEmail() + ">";
    return label.length() > 400 ? label.substring(0, 400) : label;
  }

  private static InvalidInput invalid(String field, String key) {
    return new InvalidInput(key, new FieldError(field, msg(key)));
  }

  private static String msg(String key) {
    return Messages.get(key);
  }
}
