package app.roster.platform;

import jakarta.ejb.ApplicationException;
import java.time.Duration;
import java.util.List;

/**
 * A limit on how often something may be done was reached. Carries how long until it may be done
 * again: the API sends it as Retry-After (whole seconds), the console names it in the message.
 */
@ApplicationException(rollback = true)
public class TooManyRequests extends RosterException {

  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  /**
   * The message's last placeholder receives the wait in whole minutes (at least 1), after any
   * {@code args} given here.
   */
  public TooManyRequests(String messageKey, Duration retryAfter, Object... args) {
    super(messageKey, List.of(), withMinutes(args, retryAfter));
    this.retryAfter = retryAfter;
  }

  /** How long to wait, rounded up to whole seconds and at least one second. */
  public long retryAfterSeconds() {
    long seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
    return Math.max(1, seconds);
  }

  @Override
  public int status() {
    return 429;
  }

  @Override
  public String title() {
    return "Too Many Requests";
  }

  private static Object[] withMinutes(Object[] args, Duration retryAfter) {
    Object[] all = new Object[args.length + 1];
    System.arraycopy(args, 0, all, 0, args.length);
    long seconds = Math.max(1, retryAfter.toSeconds());
    all[args.length] = (seconds + 59) / 60;
    return all;
  }
}
