package app.roster.experiments;

import java.util.Locale;

/** How a member came into a group: lazily, from a CEL evaluation, or explicitly by an admin. */
public enum AssignmentMethod {
  LAZY,
  EXPLICIT;

  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
