package app.roster.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Roster's HTTP API lives under /api: the versioned REST API at /api/v1. Resources declare their
 * path from there, e.g. {@code @Path("v1/members")}.
 */
@ApplicationPath("/api")
public class RestApplication extends Application {}
