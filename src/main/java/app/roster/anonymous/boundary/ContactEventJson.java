package app.roster.anonymous.boundary;

import app.roster.anonymous.entity.ContactEvent;
import app.roster.members.Contacts;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** A contact event as the API shows it; a phone sender written for people. */
@JsonbNillable
@JsonbPropertyOrder({"id", "memberId", "channel", "from", "to", "at", "summary", "receivedAt"})
public record ContactEventJson(
    long id,
    long memberId,
    String channel,
    String from,
    String to,
    Instant at,
    String summary,
    Instant receivedAt) {

  public static ContactEventJson of(ContactEvent event) {
    String from =
        event.getChannel().fromPhone()
            ? Contacts.international(event.getSender())
            : event.getSender();
    return new ContactEventJson(
        event.getId(),
        event.getMemberId(),
        event.getChannel().apiName(),
        from,
        event.getRecipient(),
        event.getAt(),
        event.getSummary(),
        event.getReceivedAt());
  }
}
