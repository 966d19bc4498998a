package app.roster.members;

import app.roster.roles.RoleKind;
import java.io.Serializable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * A member as the console and the member's own page show it: display values only, small and
 * serialisable, so views never hold the entity across requests. A class with getters rather than a
 * record, because Expression Language 5 reads only bean properties.
 */
public final class MemberSummary implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final String name;
  private final String email;
  private final String phone;
  private final String role;
  private final RoleKind type;
  private final Instant createdAt;
  private final Instant updatedAt;
  private final long version;
  private final boolean signsIn;
  private final boolean archived;
  private final boolean test;
  private final Instant expiresAt;

  private MemberSummary(Member member) {
    this.id = member.getId();
    this.name = member.getName();
    this.email = member.getEmail();
    this.phone = member.getPhoneDisplay();
    this.role = member.getRole().getName();
    this.type = member.getType();
    this.createdAt = member.getCreatedAt();
    this.updatedAt = member.getUpdatedAt();
    this.version = member.getVersion();
    this.signsIn = member.getPasswordHash() != null;
    this.archived = member.getStatus() == MemberStatus.ARCHIVED;
    this.test = member.getKind() == MemberKind.TEST;
    this.expiresAt = member.getExpiresAt();
  }

  public static MemberSummary of(Member member) {
    return new MemberSummary(member);
  }

  public long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }

  /** The phone in international format ("+1 202-555-0143"), or null. */
  public String getPhone() {
    return phone;
  }

  public String getRole() {
    return role;
  }

  public RoleKind getType() {
    return type;
  }

  /** One or two letters for the avatar: the first letters of the first and last word. */
  public String getInitials() {
    String[] words = name.strip().split("\\s+");
    String first = firstLetter(words[0]);
    return words.length == 1 ? first : first + firstLetter(words[words.length - 1]);
  }

  private static String firstLetter(String word) {
    return word.isEmpty()
        ? ""
        : new String(Character.toChars(word.codePointAt(0))).toUpperCase(Locale.ROOT);
  }

  public boolean isTeam() {
    return type == RoleKind.TEAM;
  }

  /** When the member was added, in UTC, as the date-time converter of Faces 4.0 reads it. */
  public OffsetDateTime getCreatedAt() {
    return createdAt.atOffset(ZoneOffset.UTC);
  }

  public OffsetDateTime getUpdatedAt() {
    return updatedAt.atOffset(ZoneOffset.UTC);
  }

  public long getVersion() {
    return version;
  }

  /** Whether the member has a password (joined, or was given one); else an invitation can help. */
  public boolean isSignsIn() {
    return signsIn;
  }

  public boolean isArchived() {
    return archived;
  }

  public boolean isTest() {
    return test;
  }

  /** When a test member will be deleted, in UTC for the console's converters; null if never. */
  public OffsetDateTime getExpiresAt() {
    return expiresAt == null ? null : expiresAt.atOffset(ZoneOffset.UTC);
  }
}
