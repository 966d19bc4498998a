package app.roster.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is signed in to this browser session: kept in the HTTP session (serialisable, so it survives
 * a fail-over between clustered instances) and checked against the member's session epoch on every
 * request.
 */
public record SignedIn(long memberId, Set<String> groups, int epoch) implements Serializable {

  public static final String SESSION_KEY = "roster.signedIn";

  public boolean isTeam() {
    return groups.contains(Permission.TEAM);
  }
}
