package app.roster.audit;

import app.roster.audit.AuditEntry.Actor;
import app.roster.credentials.CredentialChanged;
import app.roster.invitations.InvitationAccepted;
import app.roster.invitations.InvitationChanged;
import app.roster.invitations.InvitationsExpired;
import app.roster.members.Member;
import app.roster.members.MemberAdded;
import app.roster.members.MemberEdited;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.Locale;

/**
 * Writes the audit trail: observes what the services report (a member added or edited, an
 * invitation sent, resent, revoked, accepted or expired) and records it in the same transaction,
 * with the acting member, the time, and where the request came from. If the act rolls back, so does
 * its entry; an act is never left unrecorded.
 */
@ApplicationScoped
public class AuditTrail {

  static final String SYSTEM = "system";
  static final String ANONYMOUS = "anonymous";

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject RequestOrigin origin;

  @Inject Principal caller;

  void memberAdded(@Observes MemberAdded event) {
    JsonObject details =
        Json.createObjectBuilder().add("member", FieldChanges.facts(event.facts())).build();
    record(AuditActions.MEMBER_CREATED, "member", event.memberId(), event.memberId(), details);
  }

  /** One entry per save: member.roleChanged when the role is among the changed fields. */
  void memberEdited(@Observes MemberEdited event) {
    FieldChanges changes = FieldChanges.between(event.before(), event.after());
    if (changes.isEmpty()) {
      return;
    }
    String action =
        event.roleChanged() ? AuditActions.MEMBER_ROLE_CHANGED : AuditActions.MEMBER_EDITED;
    record(action, "member", event.memberId(), event.memberId(), changes.toJson());
  }

  void invitationChanged(@Observes InvitationChanged event) {
    String action = "invitation." + event.act().name().toLowerCase(Locale.ROOT);
    record(
        action, "invitation", event.invitationId(), event.memberId(), JsonObject.EMPTY_JSON_OBJECT);
  }

  /** The invitee acted, so they are the actor: the member they have just become. */
  void invitationAccepted(@Observes InvitationAccepted event) {
    Actor actor = memberActor(event.memberId());
    JsonObject details = Json.createObjectBuilder().add("role", event.role()).build();
    persist(
        actor,
        AuditActions.INVITATION_ACCEPTED,
        "invitation",
        event.invitationId(),
        event.memberId(),
        details);
  }

  /** One entry per invitation the timer's batch expired, all in the batch's transaction. */
  void invitationsExpired(@Observes InvitationsExpired event) {
    for (InvitationsExpired.Item item : event.invitations()) {
      persist(
          new Actor(null, SYSTEM),
          AuditActions.INVITATION_EXPIRED,
          "invitation",
          item.invitationId(),
          item.memberId(),
          JsonObject.EMPTY_JSON_OBJECT);
    }
  }

  /**
   * A credential change: requested, resent and cancelled name the new value; a confirmation records
   * the field's before and after, with the member who confirmed through the link as the actor.
   */
  void credentialChanged(@Observes CredentialChanged event) {
    String action = "credential." + event.act().name().toLowerCase(Locale.ROOT);
    if (event.act() != CredentialChanged.Act.CONFIRMED) {
      JsonObject details = Json.createObjectBuilder().add(event.field(), event.after()).build();
      record(action, "credentialChange", event.changeId(), event.memberId(), details);
      return;
    }
    JsonObject details =
        FieldChanges.between(
                Collections.singletonMap(event.field(), event.before()),
                Collections.singletonMap(event.field(), event.after()))
            .toJson();
    Actor actor =
        event.actorMemberId() == null ? currentActor() : memberActor(event.actorMemberId());
    persist(actor, action, "credentialChange", event.changeId(), event.memberId(), details);
  }

  private void record(
      String action, String targetType, long targetId, Long memberId, JsonObject details) {
    persist(currentActor(), action, targetType, targetId, memberId, details);
  }

  private void persist(
      Actor actor,
      String action,
      String targetType,
      long targetId,
      Long memberId,
      JsonObject details) {
    Instant now = clock.instant();
    em.persist(
        new AuditEntry(
            now,
            actor,
            origin.getSource(),
            origin.getClientAddress(),
            action,
            targetType,
            targetId,
            memberId,
            details.toString()));
  }

  /** The signed-in member, or the system for timers, or an anonymous visitor. */
  private Actor currentActor() {
    Long id = memberIdOf(caller);
    if (id != null) {
      return memberActor(id);
    }
    return new Actor(null, origin.getSource() == AuditSource.SYSTEM ? SYSTEM : ANONYMOUS);
  }

  private Actor memberActor(long id) {
    Member member = em.find(Member.class, id);
    if (member == null) {
      return new Actor(id, "#" + id);
    }
    return new Actor(id, label(member.getName(), member.getEmail()));
  }

  static String label(String name, String email) {
    String label = name + " <" + email + ">";
    return label.length() > 400 ? label.substring(0, 400) : label;
  }

  private static Long memberIdOf(Principal principal) {
    try {
      return principal == null ? null : Long.valueOf(principal.getName());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
