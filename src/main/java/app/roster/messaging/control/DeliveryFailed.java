package app.roster.messaging.control;

/**
 * A transport could not deliver a message. The reason is short and safe to show in the console
 * (never a password or a body). A permanent failure (the server refused the recipient for good) is
 * not retried; an unreachable server fails the rest of the batch on that channel without trying
 * each message.
 */
public class DeliveryFailed extends Exception {

  private static final long serialVersionUID = 1L;

  private final boolean permanent;
  private final boolean serverUnreachable;

  private DeliveryFailed(String reason, boolean permanent, boolean serverUnreachable) {
    super(reason);
    this.permanent = permanent;
    this.serverUnreachable = serverUnreachable;
  }

  public static DeliveryFailed retryable(String reason) {
    return new DeliveryFailed(reason, false, false);
  }

  public static DeliveryFailed permanent(String reason) {
    return new DeliveryFailed(reason, true, false);
  }

  public static DeliveryFailed unreachable(String reason) {
    return new DeliveryFailed(reason, false, true);
  }

  public boolean isPermanent() {
    return permanent;
  }

  public boolean isServerUnreachable() {
    return serverUnreachable;
  }
}
