package app.roster.messaging.control;

import app.roster.messaging.entity.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Webhook calls of Actions: an HTTP POST of the JSON body to the recipient URL with the signature
 * header {@value #SIGNATURE_HEADER} (HMAC-SHA256 of the body, computed when the call was queued)
 * and {@value #DELIVERY_HEADER} (the message's id, the same on every retry, so a receiver can drop
 * repeats). A 2xx answer is delivered; 408, 429, 5xx and network failures are tried again with the
 * outbox's backoff; any other answer is a permanent failure.
 */
@ApplicationScoped
public class WebhookTransport implements MessageTransport {

  public static final String SIGNATURE_HEADER = "X-Roster-Signature";
  public static final String DELIVERY_HEADER = "X-Roster-Delivery";

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(CONNECT_TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @Override
  public Channel channel() {
    return Channel.WEBHOOK;
  }

  @Override
  public boolean isConfigured() {
    return true;
  }

  @Override
  public String describe() {
    return "webhook (HTTP POST)";
  }

  @Override
  public Duration longestSend() {
    return CONNECT_TIMEOUT.plus(REQUEST_TIMEOUT);
  }

  @Override
  public Sender open() {
    return new Sender() {
      @Override
      public void deliver(Envelope envelope) throws DeliveryFailed {
        post(envelope);
      }

      @Override
      public void close() {
        // Connections are pooled by the client.
      }
    };
  }

  private void post(Envelope envelope) throws DeliveryFailed {
    HttpRequest request;
    try {
      request =
          HttpRequest.newBuilder(URI.create(envelope.recipient()))
              .timeout(REQUEST_TIMEOUT)
              .header("Content-Type", "application/json")
              .header(SIGNATURE_HEADER, envelope.subject())
              .header(DELIVERY_HEADER, envelope.messageId())
              .POST(HttpRequest.BodyPublishers.ofString(envelope.text(), StandardCharsets.UTF_8))
              .build();
    } catch (IllegalArgumentException e) {
      throw DeliveryFailed.permanent("Not a usable URL: " + e.getMessage());
    }
    int status;
    try {
      status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw DeliveryFailed.retryable("No answer from the receiver: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw DeliveryFailed.retryable("Interrupted while calling the receiver");
    }
    if (status >= 200 && status < 300) {
      return;
    }
    String reason = "The receiver answered HTTP " + status;
    if (status == 408 || status == 429 || status >= 500) {
      throw DeliveryFailed.retryable(reason);
    }
    throw DeliveryFailed.permanent(reason);
  }
}
