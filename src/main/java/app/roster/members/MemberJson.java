package app.roster.members;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A member as the REST API shows it. The phone is written internationally for people ("+1
 * 202-555-0143"); the role by its name and the type as "team" or "customer". Every field is
 * present, null when empty, so a client sees what it may send back in a merge patch. Labels are
 * listed by name; they change through /api/v1/members/{id}/labels, not through a patch. The status
 * ("active" or "archived") and the kind ("regular", "anonymous" or "test") change only through
 * their own acts; expiresAt is when a test or anonymous member will be deleted.
 */
@JsonbNillable
@JsonbPropertyOrder({
  "id",
  "name",
  "email",
  "phone",
  "dateOfBirth",
  "role",
  "type",
  "externalId",
  "labels",
  "status",
  "kind",
  "expiresAt",
  "version",
  "createdAt",
  "updatedAt"
})
public record MemberJson(
    long id,
    String name,
    String email,
    String phone,
    LocalDate dateOfBirth,
    String role,
    String type,
    String externalId,
    List<String> labels,
    String status,
    String kind,
    Instant expiresAt,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  /** The member with the names of its labels, in name order. */
  public static MemberJson of(Member member, List<String> labels) {
    return new MemberJson(
        member.getId(),
        member.getName(),
        member.getEmail(),
        member.getPhoneDisplay(),
        member.getDateOfBirth(),
        member.getRole().getName(),
        member.getType().word(),
        member.getExternalId(),
        List.copyOf(labels),
        member.getStatus().name().toLowerCase(java.util.Locale.ROOT),
        member.getKind().name().toLowerCase(java.util.Locale.ROOT),
        member.getExpiresAt(),
        member.getVersion(),
        member.getCreatedAt(),
        member.getUpdatedAt());
  }
}
