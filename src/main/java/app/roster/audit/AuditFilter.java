package app.roster.audit;

import java.time.Instant;

/**
 * What the audit log is narrowed to: one acting member, one action, a time range (from inclusive,
 * to exclusive); any of them may be null.
 */
public record AuditFilter(Long actorId, String action, Instant from, Instant to) {

  public static final AuditFilter ALL = new AuditFilter(null, null, null, null);
}
