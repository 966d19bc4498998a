package app.roster.roles;

/** A role with the number of members (active or archived) who hold it. */
public record RoleUsage(Role role, long members) {}
