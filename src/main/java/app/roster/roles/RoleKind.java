package app.roster.roles;

/** Whether a role makes its members staff (TEAM, they reach the console) or customers. */
public enum RoleKind {
  TEAM,
  CUSTOMER;

  /** The lower-case word the API and CEL use: "team" or "customer". */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
