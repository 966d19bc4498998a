package app.roster.invitations;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * How long an invitation link works and when its reminder goes out: the link expires {@code ttl}
 * after the invitation was last sent (7 days by default), and the reminder, unless switched off, is
 * due {@code reminderLead} before that (2 days by default). At the very moment of expiry the link
 * no longer works.
 */
public record InvitationWindow(Duration ttl, Optional<Duration> reminderLead) {

  public InvitationWindow {
    if (ttl == null || ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("roster.invitation.ttl must be a positive duration");
    }
    if (reminderLead.filter(lead -> lead.isNegative() || lead.isZero()).isPresent()) {
      throw new IllegalArgumentException("roster.invitation.reminder must be positive or off");
    }
  }

  /**
   * Reads the configured values: ISO-8601 durations such as P7D or PT36H; the reminder may also be
   * "off".
   */
  public static InvitationWindow of(String ttl, String reminder) {
    Duration lead = null;
    String r = reminder == null ? "" : reminder.strip().toLowerCase(Locale.ROOT);
    if (!r.isEmpty() && !r.equals("off") && !r.equals("false") && !r.equals("none")) {
      lead = parse("roster.invitation.reminder", reminder.strip());
    }
    return new InvitationWindow(
        parse("roster.invitation.ttl", ttl.strip()), Optional.ofNullable(lead));
  }

  /** When a link sent at {@code sentAt} stops working. */
  public Instant expiresAt(Instant sentAt) {
    return sentAt.plus(ttl);
  }

  /** Whether a link that expires at {@code expiresAt} is dead at {@code now}. */
  public static boolean isOver(Instant expiresAt, Instant now) {
    return !now.isBefore(expiresAt);
  }

  /** When the reminder for a link expiring at {@code expiresAt} is due; empty when switched off. */
  public Optional<Instant> reminderDueAt(Instant expiresAt) {
    return reminderLead.map(expiresAt::minus);
  }

  /**
   * The latest expiry that is due for a reminder at {@code now}: invitations expiring at or before
   * it (and still in the future) get their reminder; empty when reminders are off.
   */
  public Optional<Instant> remindExpiringBy(Instant now) {
    return reminderLead.map(now::plus);
  }

  private static Duration parse(String key, String value) {
    try {
      return Duration.parse(value);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          key + " must be an ISO-8601 duration such as P7D or PT36H, not " + value, e);
    }
  }
}
