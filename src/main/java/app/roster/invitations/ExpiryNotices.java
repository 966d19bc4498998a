package app.roster.invitations;

import app.roster.members.Member;
import app.roster.members.MemberStatus;
import app.roster.messaging.boundary.Outbox;
import app.roster.messaging.boundary.OutgoingMessage;
import app.roster.platform.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells inviters that their invitation ran out, so they can send a new one: a short mail through
 * the outbox, queued in the expiry batch's transaction (roster.invitation.notify-inviter, on by
 * default). Inviters who are no longer active members get none.
 */
@ApplicationScoped
public class ExpiryNotices {

  private static final Logger LOG = Logger.getLogger(ExpiryNotices.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Outbox outbox;

  @Inject InvitationSettings settings;

  @Inject
  @ConfigProperty(name = "roster.invitation.notify-inviter", defaultValue = "true")
  boolean notifyInviter;

  @Inject
  @ConfigProperty(name = "roster.workspace.locale", defaultValue = "en")
  String locale;

  void invitationsExpired(@Observes InvitationsExpired event) {
    if (!notifyInviter) {
      return;
    }
    Locale language = Locale.forLanguageTag(locale);
    for (InvitationsExpired.Item item : event.invitations()) {
      Member inviter = item.inviterId() == null ? null : em.find(Member.class, item.inviterId());
      if (inviter == null || inviter.getStatus() != MemberStatus.ACTIVE) {
        continue;
      }
      String workspace = settings.workspaceName();
      outbox.enqueue(
          OutgoingMessage.email(
                  inviter.getEmail(),
                  Messages.get(language, "audit.expired.subject", item.email(), workspace),
                  Messages.get(language, "audit.expired.text", item.email(), workspace))
              .causedBy(Invitations.CAUSE, item.invitationId()));
      LOG.log(
          Level.FINE,
          "Expiry notice queued for invitation {0} to member {1}",
          new Object[] {item.invitationId(), inviter.getId()});
    }
  }
}
