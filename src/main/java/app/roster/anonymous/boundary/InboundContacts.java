package app.roster.anonymous.boundary;

import app.roster.anonymous.control.AnonymousSettings;
import app.roster.anonymous.control.ContactRecorder;
import app.roster.anonymous.control.ContactRecorder.Recorded;
import app.roster.anonymous.entity.ContactChannel;
import app.roster.anonymous.entity.Sender;
import app.roster.platform.FieldError;
import app.roster.platform.InvalidInput;
import app.roster.platform.Messages;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Contact that reaches the workspace through the telephony, SMS and mail systems in front of
 * Roster: each call, SMS or mail is attached to the member it came from, or to an anonymous member
 * for a sender nobody knows yet. The same event delivered twice is stored once.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InboundContacts {

  private static final Logger LOG = Logger.getLogger(InboundContacts.class.getName());

  /** Two deliveries racing for one new sender: the loser's retry finds the winner's member. */
  private static final int ATTEMPTS = 4;

  private static final int SUMMARY_LIMIT = 2000;
  private static final int ADDRESS_LIMIT = 320;

  @Inject ContactRecorder recorder;

  @Inject AnonymousSettings settings;

  /** One contact as the inbound systems describe it; validated here. */
  public record Inbound(String channel, String from, String to, String at, String summary) {}

  public Recorded receive(Inbound inbound) {
    List<FieldError> errors = new ArrayList<>();
    ContactChannel channel = ContactChannel.parse(inbound.channel()).orElse(null);
    if (channel == null) {
      errors.add(error("channel", "inbound.channel.invalid"));
    }
    Sender sender =
        channel == null
            ? null
            : Sender.of(channel, inbound.from(), settings.phoneRegion()).orElse(null);
    if (channel != null && sender == null) {
      errors.add(error("from", channel.fromPhone() ? "inbound.from.phone" : "inbound.from.email"));
    }
    Instant at = instant(inbound.at());
    if (at == null) {
      errors.add(error("at", "inbound.at.invalid"));
    }
    if (inbound.to() != null && inbound.to().length() > ADDRESS_LIMIT) {
      errors.add(error("to", "inbound.to.size"));
    }
    if (inbound.summary() != null && inbound.summary().length() > SUMMARY_LIMIT) {
      errors.add(error("summary", "inbound.summary.size"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput("inbound.invalid", errors);
    }
    return recordWithRetry(channel, sender, blankToNull(inbound.to()), at, inbound.summary());
  }

  private Recorded recordWithRetry(
      ContactChannel channel, Sender sender, String to, Instant at, String summary) {
    for (int attempt = 1; ; attempt++) {
      try {
        return recorder.record(channel, sender, to, at, blankToNull(summary));
      } catch (EJBException e) {
        if (attempt >= ATTEMPTS || !isRace(e)) {
          throw e;
        }
        LOG.log(Level.FINE, "Inbound contact raced another delivery; attempt {0}", attempt + 1);
      }
    }
  }

  /** A unique or foreign key the other transaction took first, a lost update, or a deadlock. */
  private static boolean isRace(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof OptimisticLockException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("23") || state.startsWith("40")) {
          return true;
        }
      }
    }
    return false;
  }

  /** An ISO-8601 instant with its offset ("2026-12-04T10:15:00Z"), kept to the microsecond. */
  private static Instant instant(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text.strip()).toInstant().truncatedTo(ChronoUnit.MICROS);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static FieldError error(String field, String key) {
    return new FieldError(field, Messages.get(key));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
