package app.roster.anonymous.entity;

import java.util.Locale;
import java.util.Optional;

/** How someone reached the workspace: a phone call, an SMS or an email. */
public enum ContactChannel {
  CALL,
  SMS,
  EMAIL;

  /** Calls and SMS come from a phone number; email from an address. */
  public boolean fromPhone() {
    return this != EMAIL;
  }

  /** The name in the API: "call", "sms", "email". */
  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ContactChannel> parse(String name) {
    if (name == null) {
      return Optional.empty();
    }
    for (ContactChannel channel : values()) {
      if (channel.apiName().equals(name.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(channel);
      }
    }
    return Optional.empty();
  }
}
