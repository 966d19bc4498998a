package app.roster.experiments;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;

/**
 * One batch of putting many members into a group (everyone with a label, or a selection): how many
 * it put in, how many kept the group they already had, how many ids named no member, and the last
 * member id done (the next batch starts after it); {@code done} once no members are left.
 */
public record MemberBatch(int assigned, int kept, int skipped, long lastMemberId, boolean done)
    implements Serializable {

  static MemberBatch finished(long afterMemberId) {
    return new MemberBatch(0, 0, 0, afterMemberId, true);
  }

  /** The next {@code size} ids after {@code afterMemberId}, in id order. */
  static List<Long> slice(Collection<Long> ids, long afterMemberId, int size) {
    return ids.stream().filter(id -> id > afterMemberId).sorted().distinct().limit(size).toList();
  }
}
