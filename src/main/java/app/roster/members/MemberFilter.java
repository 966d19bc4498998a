package app.roster.members;

import app.roster.roles.RoleKind;
import java.util.List;

/**
 * What the member list is narrowed to: a search text (name word starts, email prefix, phone
 * digits), a role name and team or customer. Nulls mean "any". Labels, when given, narrow to the
 * members carrying any, all or none of them (a name no label has is carried by nobody).
 */
public record MemberFilter(
    String query, String role, RoleKind type, List<String> labels, LabelMatch labelMatch) {

  /** How the labels of a filter combine. */
  public enum LabelMatch {
    ANY,
    ALL,
    NONE
  }

  public MemberFilter {
    labels = labels == null ? List.of() : List.copyOf(labels);
    labelMatch = labelMatch == null ? LabelMatch.ANY : labelMatch;
  }

  public MemberFilter(String query, String role, RoleKind type) {
    this(query, role, type, List.of(), LabelMatch.ANY);
  }

  public static MemberFilter none() {
    return new MemberFilter(null, null, null);
  }
}
