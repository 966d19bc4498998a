package app.roster.experiments;

import app.roster.platform.FieldError;
import app.roster.platform.InvalidInput;
import app.roster.platform.Messages;
import app.roster.platform.PreconditionRequired;
import app.roster.platform.StaleVersion;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Experiments over REST, at /api/v1/experiments/{key}: create, read and change them (ETag and
 * If-Match as for members; PATCH takes a JSON merge patch), and {@code POST {key}/assignments}
 * {"memberId"} for the member's group, assigned lazily on the first call, and {@code POST
 * {key}/assignments/bulk} {"memberIds", "group"} for many members at once. Translates only.
 */
@Path("v1/experiments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ExperimentsResource {

  static final String MERGE_PATCH = "application/merge-patch+json";

  @Inject Experiments experiments;

  @Inject Assignments assignments;

  @Context UriInfo uri;

  @Context Request request;

  @GET
  public List<JsonObject> list() {
    return experiments.all().stream()
        .map(e -> ExperimentJson.write(e, experiments.results(e.getKey())))
        .toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(InputStream body) {
    ExperimentDraft draft = ExperimentJson.apply(ExperimentJson.read(body), new ExperimentDraft());
    Experiment experiment = experiments.create(draft);
    URI location = uri.getAbsolutePathBuilder().path(experiment.getKey()).build();
    return Response.created(location).tag(etagOf(experiment)).entity(json(experiment)).build();
  }

  @GET
  @Path("{key}")
  public Response read(@PathParam("key") String key) {
    Experiment experiment = experiments.find(key);
    return Response.ok(json(experiment)).tag(etagOf(experiment)).build();
  }

  @PATCH
  @Path("{key}")
  @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
  public Response edit(
      @PathParam("key") String key,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      InputStream body) {
    Experiment current = experiments.find(key);
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new PreconditionRequired("api.ifMatch.required");
    }
    if (!ifMatchHolds(etagOf(current))) {
      throw new StaleVersion();
    }
    ExperimentDraft draft =
        ExperimentJson.apply(ExperimentJson.read(body), ExperimentDraft.of(current));
    Experiment saved = experiments.update(key, current.getVersion(), draft);
    return Response.ok(json(saved)).tag(etagOf(saved)).build();
  }

  /**
   * The member's group, assigning them on the first call; the same answer on every later call.
   * {"group": null} when the member gets none (experiment not running, member ineligible).
   */
  @POST
  @Path("{key}/assignments")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject assign(@PathParam("key") String key, InputStream body) {
    JsonObject json = ExperimentJson.read(body);
    if (!(json.get("memberId") instanceof JsonNumber id) || !id.isIntegral()) {
      throw new InvalidInput(
          "experiment.memberId.required",
          new FieldError("memberId", Messages.get("experiment.memberId.required")));
    }
    Optional<AssignmentView> assigned = assignments.assignLazily(key, id.longValue(), "api");
    if (assigned.isEmpty()) {
      return Json.createObjectBuilder()
          .add("memberId", id.longValue())
          .addNull("group")
          .addNull("assignedAt")
          .addNull("method")
          .build();
    }
    return ExperimentJson.write(assigned.get());
  }

  /**
   * Puts the members into the group in batches, as the console's selection does: members already in
   * the experiment keep their group. {"assigned", "kept", "skipped"} (ids of no member).
   */
  @POST
  @Path("{key}/assignments/bulk")
  @Consumes(MediaType.APPLICATION_JSON)
  public JsonObject assignMany(@PathParam("key") String key, InputStream body) {
    JsonObject json = ExperimentJson.read(body);
    List<Long> memberIds = memberIds(json);
    if (!(json.get("group") instanceof JsonString group)) {
      throw new InvalidInput(
          "experiment.group.required",
          new FieldError("group", Messages.get("experiment.group.required")));
    }
    BatchRun run = new BatchRun();
    run.start(memberIds.size());
    run.runToEnd(after -> assignments.assignSelected(key, group.getString(), memberIds, after));
    return Json.createObjectBuilder()
        .add("experiment", key)
        .add("group", group.getString())
        .add("assigned", run.assigned())
        .add("kept", run.kept())
        .add("skipped", run.skipped())
        .build();
  }

  private static List<Long> memberIds(JsonObject json) {
    if (!(json.get("memberIds") instanceof JsonArray array)
        || array.isEmpty()
        || !array.stream().allMatch(v -> v instanceof JsonNumber n && n.isIntegral())) {
      throw new InvalidInput(
          "experiment.memberIds.required",
          new FieldError("memberIds", Messages.get("experiment.memberIds.required")));
    }
    if (array.size() > Assignments.MAX_IDS_PER_REQUEST) {
      throw new InvalidInput(
          "experiment.memberIds.tooMany",
          new FieldError(
              "memberIds",
              Messages.get("experiment.memberIds.tooMany", Assignments.MAX_IDS_PER_REQUEST)));
    }
    return array.getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue).toList();
  }

  private JsonObject json(Experiment experiment) {
    return ExperimentJson.write(experiment, experiments.results(experiment.getKey()));
  }

  private boolean ifMatchHolds(EntityTag current) {
    try {
      return request.evaluatePreconditions(current) == null;
    } catch (ProcessingException e) {
      throw new InvalidInput("api.ifMatch.malformed", List.of());
    }
  }

  static EntityTag etagOf(Experiment experiment) {
    return new EntityTag(String.valueOf(experiment.getVersion()));
  }
}
