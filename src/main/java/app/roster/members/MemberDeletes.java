package app.roster.members;

import jakarta.persistence.EntityManager;
import java.util.Collections;
import java.util.List;

/**
 * Deletes members by id with one statement on the member table, for the timers that expire test and
 * anonymous members in batches. A JPQL bulk DELETE of members first clears their search tokens with
 * a statement that scans, and on MySQL locks, the whole token table (about ten million rows at a
 * million members) and then deadlocks with members being added. The foreign keys from the token and
 * label tables cascade by index instead, and the tally triggers count the rows out.
 */
public final class MemberDeletes {

  private MemberDeletes() {}

  /** Deletes the members with these ids (only those of {@code kind}); returns how many went. */
  public static int delete(EntityManager em, List<Long> ids, MemberKind kind) {
    if (ids.isEmpty()) {
      return 0;
    }
    var delete =
        em.createNativeQuery(
            "DELETE FROM member WHERE kind = ? AND id IN ("
                + String.join(", ", Collections.nCopies(ids.size(), "?"))
                + ")");
    delete.setParameter(1, kind.name());
    for (int i = 0; i < ids.size(); i++) {
      delete.setParameter(i + 2, ids.get(i));
    }
    return delete.executeUpdate();
  }
}
