package app.roster.anonymous.boundary;

import app.roster.anonymous.boundary.InboundContacts.Inbound;
import app.roster.anonymous.control.AnonymousSettings;
import app.roster.anonymous.control.ContactRecorder.Recorded;
import app.roster.anonymous.control.InboundSignature;
import app.roster.platform.InvalidInput;
import app.roster.platform.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * POST /api/v1/inbound: the telephony, SMS and mail systems in front of Roster report a call, SMS
 * or mail. They authenticate with the shared secret instead of a user account: X-Roster-Signature
 * carries the HMAC-SHA256 of the raw body. Answers 201 for a new event, 200 for one stored before,
 * 401 for a missing or wrong signature, and 503 while no secret is configured.
 */
@Path("v1/inbound")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InboundResource {

  private static final Logger LOG = Logger.getLogger(InboundResource.class.getName());

  @Inject InboundContacts inbound;

  @Inject AnonymousSettings settings;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response receive(@HeaderParam(InboundSignature.HEADER) String signature, byte[] body) {
    Optional<String> secret = settings.inboundSecret();
    if (secret.isEmpty()) {
      LOG.log(
          Level.WARNING,
          "Refused inbound contact: no shared secret is configured; set ROSTER_INBOUND_SECRET");
      return problem(503, "Service Unavailable", "Inbound contact is not configured.");
    }
    if (!InboundSignature.verifies(secret.get(), body, signature)) {
      LOG.log(Level.WARNING, "Refused inbound contact: missing or wrong X-Roster-Signature");
      return problem(
          401, "Unauthorized", "X-Roster-Signature must be sha256= and the body's HMAC-SHA256.");
    }
    Recorded recorded = inbound.receive(parse(body));
    JsonObject answer =
        Json.createObjectBuilder()
            .add("id", recorded.eventId())
            .add("memberId", recorded.memberId())
            .add("anonymous", recorded.anonymous())
            .add("duplicate", recorded.duplicate())
            .build();
    return Response.status(recorded.duplicate() ? 200 : 201).entity(answer).build();
  }

  private static Inbound parse(byte[] body) {
    JsonObject json;
    try {
      JsonValue value = Json.createReader(new ByteArrayInputStream(body)).readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new InvalidInput("api.problem.body", List.of());
      }
      json = value.asJsonObject();
    } catch (JsonException e) {
      throw new InvalidInput("api.problem.body", List.of());
    }
    return new Inbound(
        text(json, "channel"),
        text(json, "from"),
        text(json, "to"),
        text(json, "at"),
        text(json, "summary"));
  }

  private static String text(JsonObject json, String name) {
    JsonValue value = json.get(name);
    return value instanceof JsonString string ? string.getString() : null;
  }

  private static Response problem(int status, String title, String detail) {
    return Response.status(status)
        .type(Problem.MEDIA_TYPE)
        .entity(new Problem(Problem.ABOUT_BLANK, title, status, detail, null, null))
        .build();
  }
}
