package app.roster.audit;

/** Where an audited act came from: the console, the REST API, or Roster itself (timers). */
public enum AuditSource {
  CONSOLE,
  API,
  SYSTEM
}
