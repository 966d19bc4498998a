package app.roster.anonymous.entity;

import app.roster.members.Contacts;
import java.util.Optional;

/**
 * Who reached the workspace, in the form Roster matches on: a phone in E.164 (read with the
 * workspace's region) or an email normalised like members' emails.
 */
public record Sender(boolean phone, String value) {

  /** The sender of a contact on this channel, or empty when "from" is no phone or email. */
  public static Optional<Sender> of(ContactChannel channel, String from, String region) {
    if (channel.fromPhone()) {
      return Contacts.toE164(from, region).map(e164 -> new Sender(true, e164));
    }
    if (from == null || from.isBlank() || !Contacts.isNormalizableEmail(from)) {
      return Optional.empty();
    }
    String email = Contacts.normalizeEmail(from);
    return email.length() > 320 ? Optional.empty() : Optional.of(new Sender(false, email));
  }

  /** The sender as people read it: "+55 11 91234-5678" or the email. */
  public String display() {
    return phone ? Contacts.international(value) : value;
  }
}
