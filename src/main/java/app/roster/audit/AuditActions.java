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
  public static final String CREDENTIAL_REQUESTED = "credential.requested";
  public static final String CREDENTIAL_RESENT = "credential.resent";
  public static final String CREDENTIAL_CONFIRMED = "credential.confirmed";
  public static final String CREDENTIAL_CANCELLED = "credential.cancelled";

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
          CREDENTIAL_REQUESTED,
          CREDENTIAL_RESENT,
          CREDENTIAL_CONFIRMED,
          CREDENTIAL_CANCELLED);

  private AuditActions() {}
}
