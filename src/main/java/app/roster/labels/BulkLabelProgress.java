package app.roster.labels;

import java.io.Serializable;

/** How far a bulk labelling job has come, for the progress bar and the API. */
public record BulkLabelProgress(
    long id,
    String label,
    boolean remove,
    int total,
    int processed,
    int changed,
    int skipped,
    boolean done)
    implements Serializable {

  static BulkLabelProgress of(BulkLabel job) {
    return new BulkLabelProgress(
        job.getId(),
        job.getLabelName(),
        job.isRemove(),
        job.getTotal(),
        job.getProcessed(),
        job.getChanged(),
        job.getSkipped(),
        job.isDone());
  }

  public int percent() {
    return total == 0 ? 100 : (int) Math.min(100, processed * 100L / total);
  }
}
