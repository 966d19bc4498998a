package app.roster.bench;

/** The member table's columns in the order the generator writes them. */
final class MemberColumns {

  static final String ALL =
      "id,name,email,email_norm,phone_e164,date_of_birth,role_id,member_type,external_id,status,"
          + "kind,password_hash,session_epoch,failed_signins,locked_until,expires_at,created_at,"
          + "updated_at,version";

  private MemberColumns() {}
}
