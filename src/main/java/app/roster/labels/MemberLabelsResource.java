package app.roster.labels;

import app.roster.platform.FieldError;
import app.roster.platform.InvalidInput;
import app.roster.platform.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A member's labels over REST, at /api/v1/members/{id}/labels: read them, replace them all (PUT
 * ["VIP", "Enterprise"]), or add and remove one by name (POST or DELETE .../labels/VIP). Names
 * match regardless of case. Each answer with a body is the member's labels afterwards.
 */
@Path("v1/members/{id}/labels")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MemberLabelsResource {

  @Inject Labels labels;

  @GET
  public List<String> get(@PathParam("id") long id) {
    return names(labels.of(id));
  }

  /** Makes the labels exactly those in the body: a JSON array of names, or {"labels": [...]}. */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public List<String> replace(@PathParam("id") long id, InputStream body) {
    return names(labels.set(id, read(body)));
  }

  @POST
  @Path("{label}")
  public List<String> add(@PathParam("id") long id, @PathParam("label") String label) {
    labels.add(id, label);
    return names(labels.of(id));
  }

  @DELETE
  @Path("{label}")
  public Response remove(@PathParam("id") long id, @PathParam("label") String label) {
    labels.remove(id, label);
    return Response.noContent().build();
  }

  private static List<String> names(List<Label> labels) {
    return labels.stream().map(Label::getName).toList();
  }

  private static List<String> read(InputStream body) {
    JsonValue value;
    try (var reader = Json.createReader(body)) {
      value = reader.readValue();
    } catch (JsonException | IllegalStateException e) {
      throw notAList();
    }
    if (value instanceof JsonObject object && object.get("labels") != null) {
      value = object.get("labels");
    }
    if (value.getValueType() != JsonValue.ValueType.ARRAY) {
      throw notAList();
    }
    List<String> names = new ArrayList<>();
    for (JsonValue item : value.asJsonArray()) {
      if (!(item instanceof JsonString text)) {
        throw notAList();
      }
      names.add(text.getString());
    }
    return names;
  }

  private static InvalidInput notAList() {
    return new InvalidInput(
        "label.list.invalid", new FieldError("labels", Messages.get("label.list.invalid")));
  }
}
