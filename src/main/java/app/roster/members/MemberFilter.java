package app.roster.members;

import app.roster.roles.RoleKind;
import java.util.List;

/**
 * What the member list is narrowed to: a search text (name word starts, email prefix, phone
 * digits), a role name, team or customer, labels, and which members by status (active regular
 * members unless another listing is chosen). Nulls mean "any". Labels, when given, narrow to the
 * members carrying any, all or none of them (a name no label has is carried by nobody).
 */
public record MemberFilter(
    String query,
    String role,
    RoleKind type,
    List<String> labels,
    LabelMatch labelMatch,
    MemberListing listing) {

  /** How the labels of a filter combine. */
  public enum LabelMatch {
    ANY,
    ALL,
    NONE
  }

  public MemberFilter {
    labels = labels == null ? List.of() : List.copyOf(labels);
    labelMatch = labelMatch == null ? LabelMatch.ANY : labelMatch;
    listing = listing == null ? MemberListing.ACTIVE : listing;
  }

  /** The active regular members matching the search, role and type. */
  public MemberFilter(String query, String role, RoleKind type) {
    this(query, role, type, List.of(), LabelMatch.ANY, MemberListing.ACTIVE);
  }

  /** Active regular members with these labels. */
  public MemberFilter(
      String query, String role, RoleKind type, List<String> labels, LabelMatch labelMatch) {
    this(query, role, type, labels, labelMatch, MemberListing.ACTIVE);
  }

  /** Members of one listing (active, archived, anonymous, test), whatever their labels. */
  public MemberFilter(String query, String role, RoleKind type, MemberListing listing) {
    this(query, role, type, List.of(), LabelMatch.ANY, listing);
  }

  /** The same filter for another listing. */
  public MemberFilter in(MemberListing other) {
    return new MemberFilter(query, role, type, labels, labelMatch, other);
  }

  public static MemberFilter none() {
    return new MemberFilter(null, null, null);
  }
}
