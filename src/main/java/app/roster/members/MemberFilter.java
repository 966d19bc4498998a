package app.roster.members;

import app.roster.roles.RoleKind;

/**
 * What the member list is narrowed to: a search text (name word starts, email prefix, phone
 * digits), a role name and team or customer. Nulls mean "any".
 */
public record MemberFilter(String query, String role, RoleKind type) {

  public static MemberFilter none() {
    return new MemberFilter(null, null, null);
  }
}
