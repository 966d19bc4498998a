package app.roster.bench;

import app.roster.anonymous.control.ContactRecorder;
import app.roster.anonymous.entity.ContactChannel;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * What the Anonymous tab shows of the 2% anonymous members (whose member rows {@link MemberRows}
 * writes: the sender as email or phone, Customer, active) and their 1 to 5 contact events, as the
 * server's ContactRecorder leaves them: the sender, the first channel, first and last contact, the
 * count, the expiry a lifetime after the last contact, and each event's dedupe key computed by the
 * server's own function.
 */
final class AnonymousRows implements Part {

  static final String CONTACT_COLUMNS =
      "member_id,identifier,channel,first_contact_at,last_contact_at,contact_count,expires_at,"
          + "expiry_batch,version";

  static final String EVENT_COLUMNS =
      "id,member_id,channel,sender,recipient,at,summary,received_at,dedupe_key";

  /** The workspace's own number and address the contacts reached (fictional UK drama range). */
  private static final String WORKSPACE_PHONE = "+442079460000";

  private static final String WORKSPACE_EMAIL = "help@roster.example";

  private static final String[] SMS = {
    "Hi, is my order on its way?",
    "Please call me back",
    "Can I change my appointment?",
    "Danke, bis morgen",
    "¿Tienen abierto el sábado?",
    "明日伺います"
  };

  private static final String[] MAIL = {
    "Question about my invoice",
    "Opening hours",
    "Rückfrage zur Bestellung",
    "Membership",
    "Demande d'information"
  };

  @Override
  public String name() {
    return "anonymous members' contacts";
  }

  @Override
  public String[] tables() {
    return new String[] {"anonymous_contact", "contact_event"};
  }

  @Override
  public long write(Plan plan, Connection connection, IdRanges ids) throws SQLException {
    long events = 0;
    for (long position = 0; position < plan.members; position++) {
      if (plan.isAnonymous(position)) {
        events += plan.anonymous(position).contacts().length;
      }
    }
    long nextEvent = ids.reserve("contact_event", Math.max(events, 1));
    try (Rows contacts = Rows.into(connection, "anonymous_contact", CONTACT_COLUMNS);
        Rows contactEvents = Rows.into(connection, "contact_event", EVENT_COLUMNS)) {
      for (long position = 0; position < plan.members; position++) {
        if (!plan.isAnonymous(position)) {
          continue;
        }
        long memberId = plan.firstMemberId + position;
        Plan.AnonymousMember anonymous = plan.anonymous(position);
        Instant[] at = anonymous.contacts();
        Instant last = at[at.length - 1];
        contacts.add(
            memberId,
            anonymous.sender().value(),
            anonymous.channels()[0].name(),
            Timestamp.from(at[0]),
            Timestamp.from(last),
            at.length,
            Timestamp.from(last.plus(Plan.ANONYMOUS_LIFETIME)),
            null,
            0L);
        for (int i = 0; i < at.length; i++) {
          ContactChannel channel = anonymous.channels()[i];
          contactEvents.add(
              nextEvent++,
              memberId,
              channel.name(),
              anonymous.sender().value(),
              channel.fromPhone() ? WORKSPACE_PHONE : WORKSPACE_EMAIL,
              Timestamp.from(at[i]),
              summary(channel, memberId + i),
              Timestamp.from(at[i].plusSeconds(2)),
              ContactRecorder.dedupeKey(channel, anonymous.sender(), at[i]));
        }
      }
      contacts.finish();
      contactEvents.finish();
      return contacts.written() + contactEvents.written();
    }
  }

  private static String summary(ContactChannel channel, long pick) {
    return switch (channel) {
      case CALL -> pick % 3 == 0 ? "Missed call" : "Call, " + (1 + pick % 9) + " min";
      case SMS -> SMS[(int) (pick % SMS.length)];
      case EMAIL -> MAIL[(int) (pick % MAIL.length)];
    };
  }
}
