package app.roster.billing;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/**
 * The billing count at one moment: billable members (active, regular: neither anonymous, test nor
 * archived) and the members left out, by reason. billable plus every excluded count is the total.
 */
@JsonbPropertyOrder({"billable", "excluded", "total", "countedAt"})
public record Usage(long billable, Excluded excluded, long total, Instant countedAt) {

  /** The members not billed: archived (of any kind), active anonymous, active test members. */
  @JsonbPropertyOrder({"archived", "anonymous", "test"})
  public record Excluded(long archived, long anonymous, long test) {}

  /** Share of the total, in whole percent, for the chart. */
  public int percentOf(long count) {
    return total == 0 ? 0 : (int) Math.round(count * 100.0 / total);
  }
}
