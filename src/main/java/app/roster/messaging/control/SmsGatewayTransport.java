package app.roster.messaging.control;

import app.roster.messaging.entity.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Text messages through an HTTP SMS gateway that speaks the common provider form API: one POST per
 * message of the form fields To, From and Body, signed in with HTTP Basic (account and secret), as
 * Twilio's Messages API takes them. A 2xx answer means sent. 4xx answers (other than 408 and 429)
 * are permanent refusals, such as a number the provider will not serve; 5xx, 408, 429, timeouts and
 * unreachable gateways are tried again later, like mail.
 */
@ApplicationScoped
public class SmsGatewayTransport implements MessageTransport {

  private static final int MAX_REASON = 200;

  @Inject SmsSettings settings;

  private volatile HttpClient client;

  @Override
  public Channel channel() {
    return Channel.SMS;
  }

  @Override
  public boolean isConfigured() {
    return settings.isConfigured();
  }

  @Override
  public String describe() {
    return "sms gateway " + settings.server();
  }

  @Override
  public Duration longestSend() {
    // Connecting and the whole exchange may each take the timeout.
    return settings.timeout().multipliedBy(2);
  }

  @Override
  public Sender open() {
    return new GatewaySender();
  }

  private HttpClient client() {
    HttpClient current = client;
    if (current == null) {
      current =
          HttpClient.newBuilder()
              .connectTimeout(settings.timeout())
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
      client = current;
    }
    return current;
  }

  /** The form a provider expects: To, From, Body, URL-encoded in UTF-8. */
  static String form(String to, String from, String body) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("To", to);
    fields.put("From", from);
    fields.put("Body", body);
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** Whether a gateway's answer is worth trying again later. */
  static boolean isRetryable(int status) {
    return status >= 500 || status == 408 || status == 429;
  }

  private final class GatewaySender implements Sender {

    @Override
    public void deliver(Envelope envelope) throws DeliveryFailed {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(settings.url())
              .timeout(settings.timeout())
              .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
              .header("Accept", "application/json")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      form(envelope.recipient(), settings.from(), envelope.text())));
      settings
          .account()
          .ifPresent(
              account ->
                  request.header(
                      "Authorization",
                      "Basic "
                          + Base64.getEncoder()
                              .encodeToString(
                                  (account + ":" + settings.secret())
                                      .getBytes(StandardCharsets.UTF_8))));
      HttpResponse<String> response;
      try {
        response = client().send(request.build(), HttpResponse.BodyHandlers.ofString());
      } catch (HttpTimeoutException e) {
        throw DeliveryFailed.retryable("The SMS gateway did not answer in time");
      } catch (ConnectException e) {
        throw DeliveryFailed.unreachable("Cannot reach the SMS gateway " + settings.server());
      } catch (IOException e) {
        throw DeliveryFailed.retryable("SMS gateway: " + e.getClass().getSimpleName());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw DeliveryFailed.retryable("Interrupted while sending to the SMS gateway");
      }
      int status = response.statusCode();
      if (status >= 200 && status < 300) {
        return;
      }
      String reason = "The SMS gateway answered " + status + summary(response.body());
      if (status == 401 || status == 403) {
        throw DeliveryFailed.unreachable(reason + " (check roster.sms.account and secret)");
      }
      throw isRetryable(status)
          ? DeliveryFailed.retryable(reason)
          : DeliveryFailed.permanent(reason);
    }

    @Override
    public void close() {
      // The HTTP client keeps its connections for the next batch.
    }
  }

  /** The start of the gateway's answer, on one line, for the outbox's last error. */
  private static String summary(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    String line = body.replaceAll("\\s+", " ").strip();
    return ": " + (line.length() > MAX_REASON ? line.substring(0, MAX_REASON) + "…" : line);
  }
}
