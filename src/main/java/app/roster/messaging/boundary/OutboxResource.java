package app.roster.messaging.boundary;

import app.roster.messaging.entity.Channel;
import app.roster.messaging.entity.MessageStatus;
import app.roster.platform.Page;
import app.roster.platform.QueryParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;

/**
 * The outbox over HTTP, for Owners and Admins: list messages with their delivery state (and the
 * body of captured ones), and queue a test email.
 */
@Path("v1/outbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

  @Inject Outbox outbox;

  @Context UriInfo uri;

  @GET
  public Page<Item> list(
      @QueryParam("to") String to,
      @QueryParam("channel") String channel,
      @QueryParam("status") String status,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("50") String size) {
    QueryParams params = new QueryParams();
    OutboxFilter filter =
        new OutboxFilter(
            to,
            params.choice(Channel.class, "channel", channel, "outbox.channel.unknown"),
            params.choice(MessageStatus.class, "status", status, "outbox.status.unknown"));
    return outbox.list(filter, params.page(page, size, null)).map(Item::of);
  }

  @GET
  @Path("{id}")
  public Item find(@PathParam("id") long id) {
    return Item.of(outbox.find(id));
  }

  @POST
  @Path("test")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response sendTest(TestRequest request) {
    long id = outbox.sendTest(request == null ? null : request.to());
    return Response.accepted(new Queued(id))
        .location(uri.getBaseUriBuilder().path("v1/outbox/{id}").build(id))
        .build();
  }

  /** A message in the API's words, every field present; the body only for captured messages. */
  @JsonbNillable
  @JsonbPropertyOrder({
    "id",
    "channel",
    "to",
    "subject",
    "status",
    "attempts",
    "lastError",
    "createdAt",
    "sentAt",
    "nextAttemptAt",
    "body"
  })
  public record Item(
      long id,
      String channel,
      String to,
      String subject,
      String status,
      int attempts,
      String lastError,
      Instant createdAt,
      Instant sentAt,
      Instant nextAttemptAt,
      String body) {

    static Item of(OutboxEntry e) {
      return new Item(
          e.id(),
          e.channel().name(),
          e.recipient(),
          e.subject(),
          e.status().name(),
          e.attempts(),
          e.lastError(),
          e.createdAt(),
          e.sentAt(),
          e.nextAttemptAt(),
          e.textBody());
    }
  }

  /** The body of POST /api/v1/outbox/test. */
  public record TestRequest(String to) {}

  /** The answer to a queued test message. */
  public record Queued(long id) {}
}
