package app.roster.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * Roster's HTTP API lives under /api: the versioned REST API at /api/v1. Resources declare their
 * path from there, e.g. {@code @Path("v1/members")}.
 */
@ApplicationPath("/api")
public class RestApplication extends Application {

  /** No generated WADL: the API is described in the README, and strangers learn nothing. */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.server.wadl.disableWadl", true);
  }
}
