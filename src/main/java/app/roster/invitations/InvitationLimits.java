package app.roster.invitations;

import app.roster.members.Member;
import app.roster.platform.HourlyLimit;
import app.roster.platform.TooManyRequests;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The abuse limits on inviting: how many invitations one admin sends per hour
 * (roster.invitation.limit.invites-per-hour) and how often one invitation is sent again per hour
 * (roster.invitation.limit.resends-per-hour). Both are counted in the database the instances share,
 * inside the caller's transaction; a reached limit is refused with the time until it frees up. Bulk
 * invites have their own cap and do not call {@link #checkInvite}.
 */
@ApplicationScoped
public class InvitationLimits {

  private static final Logger LOG = Logger.getLogger(InvitationLimits.class.getName());

  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "roster.invitation.limit.invites-per-hour", defaultValue = "200")
  int invitesPerHour;

  @Inject
  @ConfigProperty(name = "roster.invitation.limit.resends-per-hour", defaultValue = "3")
  int resendsPerHour;

  private HourlyLimit invites;
  private HourlyLimit resends;

  @PostConstruct
  void read() {
    invites = HourlyLimit.perHour(invitesPerHour);
    resends = HourlyLimit.perHour(resendsPerHour);
  }

  /** Refuses a further single invitation by this admin when the hour's allowance is used up. */
  public void checkInvite(Member inviter, Instant now) {
    if (inviter == null) {
      return;
    }
    List<Instant> recent =
        em.createNamedQuery(InvitationSend.RECENT_INVITES, Instant.class)
            .setParameter("inviter", inviter.getId())
            .setParameter("kind", InvitationSend.Kind.INVITE)
            .setParameter("since", invites.windowStart(now))
            .setParameter("now", now)
            .setMaxResults(invites.max())
            .getResultList();
    invites
        .retryAfter(recent, now)
        .ifPresent(
            wait -> {
              LOG.log(
                  Level.INFO,
                  "Member {0} reached the limit of {1} invitations per hour",
                  new Object[] {inviter.getId(), invites.max()});
              throw new TooManyRequests("invitation.limit.invites", wait, invites.max());
            });
  }

  /** Refuses another resend of this invitation when the hour's allowance is used up. */
  public void checkResend(Invitation invitation, Instant now) {
    List<Instant> recent =
        em.createNamedQuery(InvitationSend.RECENT_RESENDS, Instant.class)
            .setParameter("invitation", invitation.getId())
            .setParameter("kind", InvitationSend.Kind.RESEND)
            .setParameter("since", resends.windowStart(now))
            .setParameter("now", now)
            .setMaxResults(resends.max())
            .getResultList();
    resends
        .retryAfter(recent, now)
        .ifPresent(
            wait -> {
              LOG.log(
                  Level.INFO,
                  "Invitation {0} reached the limit of {1} resends per hour",
                  new Object[] {invitation.getId(), resends.max()});
              throw new TooManyRequests("invitation.limit.resends", wait, resends.max());
            });
  }

  /** Records an invitation sent by hand, counted by {@link #checkInvite} for the next hour. */
  public void recordInvite(Invitation invitation, Instant now) {
    Member inviter = invitation.getInviter();
    em.persist(
        new InvitationSend(
            invitation.getId(),
            inviter == null ? null : inviter.getId(),
            InvitationSend.Kind.INVITE,
            now));
  }

  /** Records a resend, counted by {@link #checkResend} for the next hour. */
  public void recordResend(Invitation invitation, Instant now) {
    em.persist(new InvitationSend(invitation.getId(), null, InvitationSend.Kind.RESEND, now));
  }
}
