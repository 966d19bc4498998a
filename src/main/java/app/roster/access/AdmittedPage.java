package app.roster.access;

import app.roster.members.MemberSummary;
import java.io.Serializable;
import java.util.List;

/**
 * A page of the members a condition admits, walked in id order: the members found, the id to
 * continue after (null at the end of the member list), and how many members were examined to fill
 * it. A rare condition may end a page early when the examination limit is reached; the next page
 * continues from where it stopped.
 */
public record AdmittedPage(List<MemberSummary> members, Long nextAfter, int examined)
    implements Serializable {

  public boolean complete() {
    return nextAfter == null;
  }
}
