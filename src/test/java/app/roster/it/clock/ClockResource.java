package app.roster.it.clock;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Duration;

/**
 * Lets a black-box test move the test deployment's clock: POST /api/test/clock/advance?by=P7D.
 * Exists only in the WAR that tests build; /api is protected, so tests call it signed in.
 */
@Path("test/clock")
public class ClockResource {

  @Inject MovableClock clock;

  @POST
  @Path("advance")
  public String advance(@QueryParam("by") String by) {
    clock.advance(Duration.parse(by));
    return clock.offset().toString();
  }

  @POST
  @Path("reset")
  public String reset() {
    clock.reset();
    return clock.offset().toString();
  }
}
