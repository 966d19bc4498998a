package app.roster.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Bulk assignment batch by batch: id order, totals, the end; no database. */
class BatchRunTest {

  @Test
  void aSelectionIsWalkedInIdOrderOnceEachWhateverOrderItCameIn() {
    List<Long> ids = new ArrayList<>(List.of(9L, 3L, 7L, 3L, 1L));

    assertThat(MemberBatch.slice(ids, 0, 2)).containsExactly(1L, 3L);
    assertThat(MemberBatch.slice(ids, 3, 2)).containsExactly(7L, 9L);
    assertThat(MemberBatch.slice(ids, 9, 2)).isEmpty();
  }

  @Test
  void theRunAddsUpItsBatchesAndStopsAfterTheLast() {
    List<Long> ids = LongStream.rangeClosed(1, 450).boxed().toList();
    BatchRun run = new BatchRun();
    run.start(ids.size());
    List<Long> starts = new ArrayList<>();

    run.runToEnd(
        after -> {
          starts.add(after);
          List<Long> batch = MemberBatch.slice(ids, after, 200);
          long last = batch.isEmpty() ? after : batch.get(batch.size() - 1);
          return new MemberBatch(batch.size() - 1, 1, 0, last, batch.size() < 200);
        });

    assertThat(starts).containsExactly(0L, 200L, 400L);
    assertThat(run.running()).isFalse();
    assertThat(run.assigned()).isEqualTo(447);
    assertThat(run.kept()).isEqualTo(3);
    assertThat(run.percent()).isEqualTo(100);
  }

  @Test
  void nothingToDoIsNotARun() {
    BatchRun run = new BatchRun();
    run.start(0);

    assertThat(run.running()).isFalse();
    assertThat(run.step(after -> new MemberBatch(1, 0, 0, 1, true))).isTrue();
    assertThat(run.assigned()).isZero();
  }
}
