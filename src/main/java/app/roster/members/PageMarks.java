package app.roster.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bookmarks in long member lists, so that a deep page costs what a first page costs. A database
 * reaches row 500,000 of a sorted list only by stepping over the 500,000 index entries before it;
 * instead, this remembers the sort key of every {@link #step()}-th row of a list, found once by
 * hops of one step each, and a page starts from the nearest bookmark before it (a keyset seek) with
 * an offset of less than one step.
 *
 * <p>Bookmarks are a cache of this instance, rebuilt when the list's total changes (a member added,
 * removed, archived or moved to another type or role) and at the latest after {@link #MAX_AGE}.
 * Between those, a rename moves rows past a bookmark without changing the total: a deep page may
 * then start that many rows early or late, as it would had the rename happened while the admin
 * paged. First pages and lists with a search or a label filter never use bookmarks.
 */
@ApplicationScoped
public class PageMarks {

  /** How long bookmarks are trusted while the total stays the same. */
  static final Duration MAX_AGE = Duration.ofSeconds(60);

  /** Lists whose bookmarks are kept (each a sort of one filter); the least recently used go. */
  private static final int LISTS = 256;

  @Inject
  @ConfigProperty(name = "roster.members.page-mark-step", defaultValue = "1000")
  int step;

  private final Map<String, Marks> lists =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Marks> eldest) {
          return size() > LISTS;
        }
      };

  /** Steps over the rows of a list: the sort key of the row one step after {@code after}. */
  @FunctionalInterface
  public interface Hop {
    /**
     * The key ({@code [sort value, id]}) of the {@code step}-th row after the row with key {@code
     * after} (of the whole list when null), or null when the list ends before.
     */
    Object[] next(Object[] after, int step);
  }

  /** Where a page starts: after the row with {@code key} (null: from the start), then skip. */
  public record Start(Object[] key, long skip) {}

  public int step() {
    return Math.max(1, step);
  }

  /**
   * Where the page at {@code offset} of the list named {@code list} starts. {@code total} is the
   * list's current total: bookmarks taken at another total are dropped.
   */
  public Start start(String list, long total, long offset, Hop hop) {
    int every = step();
    long wanted = Math.min(offset, total) / every;
    if (wanted == 0) {
      return new Start(null, offset);
    }
    Marks marks;
    synchronized (lists) {
      marks = lists.get(list);
      if (marks == null || marks.total != total || marks.age().compareTo(MAX_AGE) > 0) {
        marks = new Marks(total);
        lists.put(list, marks);
      }
    }
    synchronized (marks) {
      while (marks.keys.size() < wanted && !marks.ended) {
        Object[] after = marks.keys.isEmpty() ? null : marks.keys.get(marks.keys.size() - 1);
        Object[] key = hop.next(after, every);
        if (key == null) {
          marks.ended = true;
        } else {
          marks.keys.add(key);
        }
      }
      int usable = (int) Math.min(wanted, marks.keys.size());
      if (usable == 0) {
        return new Start(null, offset);
      }
      return new Start(marks.keys.get(usable - 1), offset - (long) usable * every);
    }
  }

  /** The bookmarks of one list: keys of rows step-1, 2*step-1, ... (counting from 0). */
  private static final class Marks {
    final long total;
    final long born = System.nanoTime();
    final List<Object[]> keys = new ArrayList<>();
    boolean ended;

    Marks(long total) {
      this.total = total;
    }

    Duration age() {
      return Duration.ofNanos(System.nanoTime() - born);
    }
  }
}
