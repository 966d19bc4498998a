package app.roster.members;

import java.util.Locale;

/**
 * Which members a list shows, as People → Members' status filter and the API's {@code ?status=}
 * offer it. Each is one index range over (status, kind), so every list stays cheap.
 *
 * <ul>
 *   <li>ACTIVE (the default): active regular members, the people the workspace works with; test and
 *       anonymous members have their own lists and never crowd this one.
 *   <li>ARCHIVED: archived members of any kind.
 *   <li>ANONYMOUS, TEST: active members of that kind.
 * </ul>
 */
public enum MemberListing {
  ACTIVE(MemberStatus.ACTIVE, MemberKind.REGULAR),
  ARCHIVED(MemberStatus.ARCHIVED, null),
  ANONYMOUS(MemberStatus.ACTIVE, MemberKind.ANONYMOUS),
  TEST(MemberStatus.ACTIVE, MemberKind.TEST);

  private final MemberStatus status;
  private final MemberKind kind;

  MemberListing(MemberStatus status, MemberKind kind) {
    this.status = status;
    this.kind = kind;
  }

  public MemberStatus status() {
    return status;
  }

  /** The kind listed, or null for every kind. */
  public MemberKind kind() {
    return kind;
  }

  /** The lower-case word the API and the console's links use: "active", "archived", ... */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
