package app.roster.messaging.boundary;

import static app.roster.security.Permission.OUTBOX_VIEW;

import app.roster.members.Contacts;
import app.roster.members.Member;
import app.roster.messaging.control.MailComposer;
import app.roster.messaging.control.MailSettings;
import app.roster.messaging.control.MessageQueued;
import app.roster.messaging.entity.Channel;
import app.roster.messaging.entity.OutboxMessage;
import app.roster.platform.FieldError;
import app.roster.platform.InvalidInput;
import app.roster.platform.Messages;
import app.roster.platform.NotFound;
import app.roster.platform.Page;
import app.roster.platform.PageRequest;
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
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The outbox: every message Roster sends goes in here first. {@link #enqueue} writes it in the
 * caller's transaction, so a message exists exactly when the change that caused it committed; the
 * dispatcher delivers it right after the commit. Owners and Admins (outbox.view) can list the
 * messages, read captured ones, and send a test email to check the mail setup.
 */
@Stateless
public class Outbox {

  private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Event<MessageQueued> queued;

  @Inject MailSettings mail;

  @Inject Clock clock;

  @Resource SessionContext caller;

  /**
   * Queues a message in the caller's transaction (there must be one) and returns its id. It is
   * delivered after that transaction commits, and never when it rolls back.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public long enqueue(@NotNull OutgoingMessage message) {
    return write(message);
  }

  @RolesAllowed(OUTBOX_VIEW)
  public Page<OutboxEntry> list(@NotNull OutboxFilter filter, @NotNull PageRequest page) {
    return new OutboxQueries(em).page(filter, page);
  }

  @RolesAllowed(OUTBOX_VIEW)
  public long count(@NotNull OutboxFilter filter) {
    return new OutboxQueries(em).count(filter);
  }

  @RolesAllowed(OUTBOX_VIEW)
  public OutboxEntry find(long id) {
    OutboxMessage message = em.find(OutboxMessage.class, id);
    if (message == null) {
      throw new NotFound("outbox.notFound");
    }
    return OutboxEntry.of(message);
  }

  /** Sends a short test email through the outbox, as any other mail would go. */
  @RolesAllowed(OUTBOX_VIEW)
  public long sendTest(String to) {
    if (!MailComposer.isValidAddress(to)) {
      throw new InvalidInput(
          "outbox.test.invalidAddress",
          new FieldError("to", Messages.get("outbox.test.invalidAddress")));
    }
    long requester = Long.parseLong(caller.getCallerPrincipal().getName());
    OutgoingMessage message =
        TestMessage.to(to.strip(), requesterName(requester), mail, clock)
            .causedBy("outbox.test", requester);
    long id = write(message);
    LOG.log(
        Level.INFO,
        "Test message {0,number,#} queued by member {1,number,#}",
        new Object[] {id, requester});
    return id;
  }

  /**
   * Whether the recipient is a test member's email or phone: their messages are only captured, so
   * that QA, demos and load tests never reach a real inbox or phone.
   */
  private boolean isForTestMember(OutgoingMessage message) {
    String recipient = message.recipient();
    String column = message.channel() == Channel.SMS ? "phone_e164" : "email_norm";
    String value =
        message.channel() == Channel.SMS
            ? recipient
            : Contacts.isNormalizableEmail(recipient)
                ? Contacts.normalizeEmail(recipient)
                : recipient;
    return !em.createNativeQuery("SELECT id FROM member WHERE " + column + " = ? AND kind = 'TEST'")
        .setParameter(1, value)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private long write(OutgoingMessage message) {
    String messageId = "<" + UUID.randomUUID() + "@" + mail.fromDomain() + ">";
    OutboxMessage row =
        new OutboxMessage(
            messageId,
            message.channel(),
            message.recipient(),
            message.subject(),
            message.text(),
            message.html(),
            clock.instant());
    if (message.causeKind() != null) {
      row.causedBy(message.causeKind(), message.causeId());
    }
    if (isForTestMember(message)) {
      row.captureOnly();
    }
    em.persist(row);
    queued.fire(new MessageQueued(row.getId(), row.getChannel()));
    return row.getId();
  }

  private String requesterName(long memberId) {
    Member member = em.find(Member.class, memberId);
    return member == null ? String.valueOf(memberId) : member.getName();
  }
}
