package app.roster.audit;

import app.roster.actions.ActionRan;
import app.roster.anonymous.boundary.AnonymousResolved;
import app.roster.audit.AuditEntry.Actor;
import app.roster.credentials.CredentialChanged;
import app.roster.experiments.ExperimentChanged;
import app.roster.experiments.ExperimentCreated;
import app.roster.experiments.MemberAssigned;
import app.roster.invitations.InvitationAccepted;
import app.roster.invitations.InvitationChanged;
import app.roster.invitations.InvitationsExpired;
import app.roster.labels.LabelAdded;
import app.roster.labels.LabelDeleted;
import app.roster.labels.LabelRemoved;
import app.roster.members.Member;
import app.roster.members.MemberAdded;
import app.roster.members.MemberArchived;
import app.roster.members.MemberEdited;
import app.roster.members.MemberErased;
import app.roster.members.MemberExported;
import app.roster.members.MemberUnarchived;
import app.roster.members.TestMembersExpired;
import app.roster.members.TestMembersGenerated;
import app.roster.platform.IdBlocks;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

  @EJB IdBlocks ids;

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
    int count = event.invitations().size();
    if (count == 0) {
      return;
    }
    // Thousands per batch: one INSERT ... SELECT over the batch's rows, with ids taken as a block.
    List<Object> values = new ArrayList<>();
    values.add(ids.reserve(AuditEntry.SEQUENCE, count));
    values.add(Timestamp.from(clock.instant()));
    values.add(SYSTEM);
    values.add(origin.getSource().name());
    String address = origin.getClientAddress();
    if (address != null) {
      values.add(address);
    }
    values.add(AuditActions.INVITATION_EXPIRED);
    values.add(event.batch());
    var insert =
        em.createNativeQuery(
            "INSERT INTO audit_entry (id, at, actor_id, actor_label, source, client_address,"
                + " action, target_type, target_id, member_id, details)"
                + " SELECT ? + ROW_NUMBER() OVER (ORDER BY i.id) - 1, ?, NULL, ?, ?, "
                + (address == null ? "NULL" : "?")
                + ", ?, 'invitation', i.id, i.member_id, '{}'"
                + " FROM invitation i WHERE i.expiry_batch = ?");
    for (int i = 0; i < values.size(); i++) {
      insert.setParameter(i + 1, values.get(i));
    }
    insert.executeUpdate();
  }

  void labelAdded(@Observes LabelAdded event) {
    JsonObject details = Json.createObjectBuilder().add("label", event.label()).build();
    record(AuditActions.LABEL_ADDED, "member", event.memberId(), event.memberId(), details);
  }

  void labelRemoved(@Observes LabelRemoved event) {
    JsonObject details = Json.createObjectBuilder().add("label", event.label()).build();
    record(AuditActions.LABEL_REMOVED, "member", event.memberId(), event.memberId(), details);
  }

  /** One entry for the label, not one per member that carried it. */
  void labelDeleted(@Observes LabelDeleted event) {
    JsonObject details =
        Json.createObjectBuilder()
            .add("label", event.label())
            .add("members", event.members())
            .build();
    record(AuditActions.LABEL_DELETED, "label", event.labelId(), null, details);
  }

  /** An Action ran for a member (or was stopped): by the system, on the member's History. */
  void actionRan(@Observes ActionRan event) {
    JsonObject details =
        Json.createObjectBuilder()
            .add("action", event.action())
            .add("outcome", event.outcome())
            .add("depth", event.depth())
            .add("detail", event.detail() == null ? "" : event.detail())
            .build();
    persist(
        new Actor(null, SYSTEM),
        AuditActions.ACTION_RAN,
        "action",
        event.actionId(),
        event.memberId(),
        details);
  }

  void memberArchived(@Observes MemberArchived event) {
    record(
        AuditActions.MEMBER_ARCHIVED,
        "member",
        event.memberId(),
        event.memberId(),
        JsonObject.EMPTY_JSON_OBJECT);
  }

  void memberUnarchived(@Observes MemberUnarchived event) {
    record(
        AuditActions.MEMBER_UNARCHIVED,
        "member",
        event.memberId(),
        event.memberId(),
        JsonObject.EMPTY_JSON_OBJECT);
  }

  /** Recorded after the member's earlier entries lost their personal data; it holds none. */
  void memberErased(@Observes MemberErased event) {
    record(
        AuditActions.MEMBER_ERASED,
        "member",
        event.memberId(),
        event.memberId(),
        JsonObject.EMPTY_JSON_OBJECT);
  }

  void memberExported(@Observes MemberExported event) {
    record(
        AuditActions.MEMBER_EXPORTED,
        "member",
        event.memberId(),
        event.memberId(),
        JsonObject.EMPTY_JSON_OBJECT);
  }

  void testMembersGenerated(@Observes TestMembersGenerated event) {
    JsonObject details =
        Json.createObjectBuilder()
            .add("requested", event.requested())
            .add("role", event.role())
            .build();
    record(AuditActions.TEST_MEMBERS_GENERATED, "testMemberRun", event.runId(), null, details);
  }

  /** One entry per test member the expiry timer deleted, in the deleting batch's transaction. */
  void testMembersExpired(@Observes TestMembersExpired event) {
    for (long memberId : event.memberIds()) {
      persist(
          new Actor(null, SYSTEM),
          AuditActions.TEST_MEMBER_EXPIRED,
          "member",
          memberId,
          memberId,
          JsonObject.EMPTY_JSON_OBJECT);
    }
  }

  /**
   * An anonymous member resolved by an admin (merged, converted, dismissed) or expired by the timer
   * (the system acts). The entry belongs to the member it became part of, if any.
   */
  void anonymousResolved(@Observes AnonymousResolved event) {
    JsonObject details =
        Json.createObjectBuilder()
            .add("identifier", event.identifier())
            .add("channel", event.channel())
            .add("contacts", event.contacts())
            .build();
    String action = "anonymous." + event.act().name().toLowerCase(Locale.ROOT);
    Actor actor =
        event.act() == AnonymousResolved.Act.EXPIRED ? new Actor(null, SYSTEM) : currentActor();
    persist(actor, action, "anonymous", event.anonymousId(), event.memberId(), details);
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

  /** Experiment entries name the key in their details, so the log reads "Experiment checkout". */
  void experimentCreated(@Observes ExperimentCreated event) {
    JsonObject details =
        Json.createObjectBuilder()
            .add("experiment", event.key())
            .addAll(Json.createObjectBuilder(FieldChanges.facts(event.facts())))
            .build();
    record(AuditActions.EXPERIMENT_CREATED, "experiment", event.experimentId(), null, details);
  }

  /** Name, status, groups and weights, condition: each changed one as before → after. */
  void experimentChanged(@Observes ExperimentChanged event) {
    FieldChanges changes = FieldChanges.between(event.before(), event.after());
    if (changes.isEmpty()) {
      return;
    }
    JsonObject details = changesOf(event.key(), changes);
    record(AuditActions.EXPERIMENT_CHANGED, "experiment", event.experimentId(), null, details);
  }

  /** An explicit assignment, on the member's History: the group (and the one before, if any). */
  void memberAssigned(@Observes MemberAssigned event) {
    Map<String, String> before = new LinkedHashMap<>();
    before.put("group", event.previousGroup());
    before.put("method", event.previousMethod() == null ? "explicit" : event.previousMethod());
    Map<String, String> after = new LinkedHashMap<>();
    after.put("group", event.group());
    after.put("method", "explicit");
    JsonObject details = changesOf(event.key(), FieldChanges.between(before, after));
    record(
        AuditActions.EXPERIMENT_ASSIGNED,
        "experiment",
        event.experimentId(),
        event.memberId(),
        details);
  }

  /** {"experiment": key, "changes": {...}}: the key first, so the line names the experiment. */
  private static JsonObject changesOf(String key, FieldChanges changes) {
    return Json.createObjectBuilder()
        .add("experiment", key)
        .add("changes", changes.toJson().getJsonObject("changes"))
        .build();
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
