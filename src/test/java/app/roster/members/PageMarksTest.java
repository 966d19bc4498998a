package app.roster.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bookmarks over an in-memory list of ids 1..n, sorted by id: a page from its start is exact. */
class PageMarksTest {

  private final PageMarks marks = new PageMarks();
  private final List<Long> rows = new ArrayList<>();
  private int hops;

  @BeforeEach
  void tenBookmarksApart() {
    marks.step = 10;
    for (long id = 1; id <= 95; id++) {
      rows.add(id);
    }
  }

  @Test
  void aDeepPageStartsAtTheNearestBookmarkBeforeIt() {
    for (long offset : new long[] {0, 5, 9, 10, 11, 37, 50, 89, 90, 94, 95, 120}) {
      assertThat(page(offset, 5)).as("offset " + offset).isEqualTo(byOffset(offset, 5));
    }
  }

  @Test
  void bookmarksAreFoundOnceAndReusedWhileTheTotalStays() {
    page(85, 5);
    assertThat(hops).isEqualTo(8);
    page(60, 5);
    page(87, 5);
    assertThat(hops).isEqualTo(8);
  }

  @Test
  void anotherTotalDropsTheBookmarks() {
    page(50, 5);
    rows.remove(Long.valueOf(3));
    assertThat(page(50, 5)).isEqualTo(byOffset(50, 5));
    assertThat(hops).isEqualTo(10);
  }

  @Test
  void firstPagesNeverHop() {
    page(0, 25);
    page(9, 25);
    assertThat(hops).isZero();
  }

  private List<Long> page(long offset, int size) {
    PageMarks.Start start =
        marks.start(
            "ids", rows.size(), offset, (after, n) -> hop(after == null ? 0 : (Long) after[1], n));
    long from = start.key() == null ? 0 : rows.indexOf((Long) start.key()[1]) + 1;
    return byOffset(from + start.skip(), size);
  }

  private Object[] hop(long afterId, int n) {
    hops++;
    List<Long> after = rows.stream().filter(id -> id > afterId).toList();
    return after.size() < n ? null : new Object[] {"sort value", after.get(n - 1)};
  }

  private List<Long> byOffset(long offset, int size) {
    return rows.stream().skip(offset).limit(size).toList();
  }
}
