package app.roster.anonymous.boundary;

import app.roster.anonymous.control.AnonymousSettings;
import app.roster.anonymous.entity.AnonymousContact;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** An anonymous member as the API shows it: the Anonymous tab's row. */
@JsonbPropertyOrder({
  "id",
  "identifier",
  "channel",
  "firstContactAt",
  "lastContactAt",
  "contacts",
  "expiresAt",
  "daysUntilExpiry",
  "expiresSoon"
})
public record AnonymousJson(
    long id,
    String identifier,
    String channel,
    Instant firstContactAt,
    Instant lastContactAt,
    int contacts,
    Instant expiresAt,
    long daysUntilExpiry,
    boolean expiresSoon) {

  public static AnonymousJson of(AnonymousContact contact, Instant now) {
    return new AnonymousJson(
        contact.getMemberId(),
        contact.sender().display(),
        contact.getChannel().apiName(),
        contact.getFirstContactAt(),
        contact.getLastContactAt(),
        contact.getContactCount(),
        contact.getExpiresAt(),
        contact.daysUntilExpiry(now),
        contact.expiresWithin(AnonymousSettings.EXPIRING_SOON, now));
  }
}
