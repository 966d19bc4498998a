package app.roster.members;

import app.roster.roles.RoleKind;

/**
 * What the member list is narrowed to: a search text (name word starts, email prefix, phone
 * digits), a role name, team or customer, and which members by status (active regular members
 * unless another listing is chosen). Nulls mean "any".
 */
public record MemberFilter(String query, String role, RoleKind type, MemberListing listing) {

  public MemberFilter {
    listing = listing == null ? MemberListing.ACTIVE : listing;
  }

  /** The active regular members matching the search, role and type. */
  public MemberFilter(String query, String role, RoleKind type) {
    this(query, role, type, MemberListing.ACTIVE);
  }

  public static MemberFilter none() {
    return new MemberFilter(null, null, null);
  }
}
