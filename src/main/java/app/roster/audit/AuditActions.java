package app.roster.audit;

import java.util.List;

/** The names of the acts the audit trail records, as they appear in the API and the console. */
public final class AuditActions {

  public static final String MEMBER_CREATED = "member.created";
  public static final String MEMBER_EDITED = "member.edited";
  public static final String MEMBER_ROLE_CHANGED = "member.roleChanged";
  public static final String INVITATION_SENT = "invitation.sent";
  public static final String INVITATION_RESENT = "invitation.resent";
  public static final String INVITATION_REVOKED = "invitation.revoked";
  public static final String INVITATION_ACCEPTED = "invitation.accepted";
  public static final String INVITATION_EXPIRED = "invitation.expired";
  public static final String LABEL_ADDED = "label.added";
  public static final String LABEL_REMOVED = "label.removed";
  public static final String LABEL_DELETED = "label.deleted";
  public static final String ACTION_RAN = "action.ran";
  public static final String MEMBER_ARCHIVED = "member.archived";
  public static final String MEMBER_UNARCHIVED = "member.unarchived";
  public static final String MEMBER_ERASED = "member.erased";
  public static final String MEMBER_EXPORTED = "member.exported";
  public static final String TEST_MEMBERS_GENERATED = "testMembers.generated";
  public static final String TEST_MEMBER_EXPIRED = "testMember.expired";
  public static final String ANONYMOUS_MERGED = "anonymous.merged";
  public static final String ANONYMOUS_CONVERTED = "anonymous.converted";
  public static final String ANONYMOUS_DISMISSED = "anonymous.dismissed";
  public static final String ANONYMOUS_EXPIRED = "anonymous.expired";
  public static final String CREDENTIAL_REQUESTED = "credential.requested";
  public static final String CREDENTIAL_RESENT = "credential.resent";
  public static final String CREDENTIAL_CONFIRMED = "credential.confirmed";
  public static final String CREDENTIAL_CANCELLED = "credential.cancelled";
  public static final String EXPERIMENT_CREATED = "experiment.created";
  public static final String EXPERIMENT_CHANGED = "experiment.changed";
  public static final String EXPERIMENT_ASSIGNED = "experiment.assigned";

  public static final List<String> ALL =
      List.of(
          MEMBER_CREATED,
          MEMBER_EDITED,
          MEMBER_ROLE_CHANGED,
          INVITATION_SENT,
          INVITATION_RESENT,
          INVITATION_REVOKED,
          INVITATION_ACCEPTED,
          INVITATION_EXPIRED,
          LABEL_ADDED,
          LABEL_REMOVED,
          LABEL_DELETED,
          ACTION_RAN,
          MEMBER_ARCHIVED,
          MEMBER_UNARCHIVED,
          MEMBER_ERASED,
          MEMBER_EXPORTED,
          TEST_MEMBERS_GENERATED,
          TEST_MEMBER_EXPIRED,
          ANONYMOUS_MERGED,
          ANONYMOUS_CONVERTED,
          ANONYMOUS_DISMISSED,
          ANONYMOUS_EXPIRED,
          CREDENTIAL_REQUESTED,
          CREDENTIAL_RESENT,
          CREDENTIAL_CONFIRMED,
          CREDENTIAL_CANCELLED,
          EXPERIMENT_CREATED,
          EXPERIMENT_CHANGED,
          EXPERIMENT_ASSIGNED);

  private AuditActions() {}
}
