package app.roster.experiments;

import app.roster.platform.FieldError;
import app.roster.platform.InvalidInput;
import app.roster.platform.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import java.util.List;

/**
 * A member's experiments over REST, at /api/v1/members/{id}/experiments: the list of their
 * assignments, and {@code PUT .../experiments/{key}} {"group"} for an admin's explicit assignment.
 */
@Path("v1/members/{id}/experiments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MemberExperimentsResource {

  @Inject Assignments assignments;

  @GET
  public List<JsonObject> list(@PathParam("id") long id) {
    return assignments.ofMember(id).stream().map(ExperimentJson::write).toList();
  }

  @PUT
  @Path("{key}")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject assign(
      @PathParam("id") long id, @PathParam("key") String key, InputStream body) {
    JsonObject json = ExperimentJson.read(body);
    if (!(json.get("group") instanceof JsonString group)) {
      throw new InvalidInput(
          "experiment.group.required",
          new FieldError("group", Messages.get("experiment.group.required")));
    }
    return ExperimentJson.write(assignments.assign(key, id, group.getString()));
  }
}
