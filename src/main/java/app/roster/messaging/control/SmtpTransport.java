package app.roster.messaging.control;

import app.roster.messaging.entity.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Email through an SMTP server (Jakarta Mail), configured by {@link MailSettings}. One connection
 * serves a whole batch; when the server drops it, the next message opens a new one. Replies in the
 * 5xx range and unusable addresses are permanent failures, everything else (connection refused,
 * timeouts, 4xx) is tried again later.
 */
@ApplicationScoped
public class SmtpTransport implements MessageTransport {

  private static final Pattern PERMANENT_REPLY = Pattern.compile("^5\\d\\d\\b.*", Pattern.DOTALL);

  @Inject MailSettings settings;

  @Inject Clock clock;

  @Override
  public Channel channel() {
    return Channel.EMAIL;
  }

  @Override
  public boolean isConfigured() {
    return settings.isConfigured();
  }

  @Override
  public String describe() {
    return "smtp " + settings.server();
  }

  @Override
  public Duration longestSend() {
    // Each server reply may take the whole timeout: connect, greeting, EHLO, STARTTLS, EHLO
    // again, login, then MAIL, RCPT, DATA and the end of the message.
    return settings.timeout().multipliedBy(10);
  }

  @Override
  public Sender open() {
    return new SmtpSender();
  }

  /** Connects and logs in within {@code timeout} (for the health check); the caller closes it. */
  public Transport connect(Duration timeout) throws MessagingException {
    return connect(settings.session(timeout));
  }

  private Transport connect(Session session) throws MessagingException {
    Transport transport = session.getTransport("smtp");
    transport.connect(
        settings.host(), settings.port(), settings.user().orElse(null), settings.password());
    return transport;
  }

  private final class SmtpSender implements Sender {

    private Transport transport;

    @Override
    public void deliver(Envelope envelope) throws DeliveryFailed {
      MimeMessage message = compose(envelope);
      Transport connected = connected();
      try {
        connected.sendMessage(message, message.getAllRecipients());
      } catch (SendFailedException e) {
        disconnect();
        throw isPermanent(e) || hasInvalidAddresses(e)
            ? DeliveryFailed.permanent(describe(e))
            : DeliveryFailed.retryable(describe(e));
      } catch (MessagingException e) {
        disconnect();
        throw isPermanent(e)
            ? DeliveryFailed.permanent(describe(e))
            : DeliveryFailed.retryable(describe(e));
      }
    }

    private MimeMessage compose(Envelope envelope) throws DeliveryFailed {
      try {
        return MailComposer.compose(
            settings.session(),
            envelope,
            settings.from(),
            settings.workspaceName(),
            clock.instant());
      } catch (AddressException e) {
        throw DeliveryFailed.permanent("Not a usable address: " + e.getMessage());
      } catch (MessagingException e) {
        throw DeliveryFailed.permanent("Cannot build the message: " + describe(e));
      }
    }

    private Transport connected() throws DeliveryFailed {
      if (transport != null && transport.isConnected()) {
        return transport;
      }
      try {
        transport = connect(settings.session());
        return transport;
      } catch (AuthenticationFailedException e) {
        throw DeliveryFailed.unreachable(
            "The SMTP server " + settings.server() + " refused the login: " + describe(e));
      } catch (MessagingException e) {
        throw DeliveryFailed.unreachable(
            "Cannot reach the SMTP server " + settings.server() + ": " + describe(e));
      }
    }

    private void disconnect() {
      if (transport != null) {
        try {
          transport.close();
        } catch (MessagingException e) {
          // The connection is gone either way; the next message opens a new one.
        }
        transport = null;
      }
    }

    @Override
    public void close() {
      disconnect();
    }
  }

  private static boolean hasInvalidAddresses(SendFailedException e) {
    return e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
  }

  private static boolean isPermanent(MessagingException e) {
    Exception x = e;
    while (x != null) {
      String text = x.getMessage();
      if (text != null && PERMANENT_REPLY.matcher(text.strip()).matches()) {
        return true;
      }
      x = x instanceof MessagingException m ? m.getNextException() : null;
    }
    return false;
  }

  /** The failure in one short line: the innermost cause that says something. */
  static String describe(Exception e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (e instanceof MessagingException m && m.getNextException() != null && root == e) {
      root = m.getNextException();
    }
    String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    String outer = e.getMessage();
    if (root != e && outer != null && !outer.equals(text)) {
      text = outer + " (" + text + ")";
    }
    return text.replaceAll("\\s+", " ").strip();
  }
}
