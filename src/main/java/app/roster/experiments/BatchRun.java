package app.roster.experiments;

import java.io.Serializable;
import java.util.function.LongFunction;

/**
 * Putting many members into a group, batch after batch, each batch a transaction of {@link
 * Assignments}: the totals so far and where the next batch starts. The console's two bulk
 * assignments (everyone with a label, the rows ticked in the member table) ask for one batch per
 * round trip so the progress bar moves; the API runs all batches in one request.
 */
final class BatchRun implements Serializable {

  private static final long serialVersionUID = 1L;

  private long total;
  private long assigned;
  private long kept;
  private long skipped;
  private long cursor;
  private boolean running;

  void start(long members) {
    total = members;
    assigned = 0;
    kept = 0;
    skipped = 0;
    cursor = 0;
    running = members > 0;
  }

  void stop() {
    running = false;
  }

  /** Runs the next batch (given where to start) and adds it up; answers whether it was the last. */
  boolean step(LongFunction<MemberBatch> nextBatch) {
    if (!running) {
      return true;
    }
    MemberBatch batch = nextBatch.apply(cursor);
    assigned += batch.assigned();
    kept += batch.kept();
    skipped += batch.skipped();
    cursor = batch.lastMemberId();
    running = !batch.done();
    return batch.done();
  }

  /** Every batch, one after the other (for the API). */
  void runToEnd(LongFunction<MemberBatch> nextBatch) {
    while (!step(nextBatch)) {
      // one transaction per batch
    }
  }

  long processed() {
    return assigned + kept + skipped;
  }

  int percent() {
    return total == 0 ? 0 : (int) Math.min(100, processed() * 100 / total);
  }

  boolean running() {
    return running;
  }

  long total() {
    return total;
  }

  long assigned() {
    return assigned;
  }

  long kept() {
    return kept;
  }

  long skipped() {
    return skipped;
  }
}
