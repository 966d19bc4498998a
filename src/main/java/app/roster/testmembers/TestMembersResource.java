package app.roster.testmembers;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;

/**
 * Generating test members over HTTP, for load-test scripts: POST /api/v1/test-members/runs with
 * {"count": 1000, "role": "Customer", "expiresAt": "..."} answers 202 with the run's Location, and
 * GET on it shows the progress. A single test member is a POST /api/v1/members with "test": true.
 */
@Path("v1/test-members/runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TestMembersResource {

  @Inject TestMembers testMembers;

  @Context UriInfo uri;

  /** What a client sends to start a run. */
  public record RunRequest(Integer count, String role, Instant expiresAt) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response start(RunRequest request) {
    RunRequest given = request == null ? new RunRequest(null, null, null) : request;
    long id =
        testMembers.start(
            given.count() == null ? 0 : given.count(), given.role(), given.expiresAt());
    return Response.accepted(testMembers.progress(id))
        .location(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
        .build();
  }

  @GET
  @Path("{id}")
  public TestMemberProgress progress(@PathParam("id") long id) {
    return testMembers.progress(id);
  }
}
