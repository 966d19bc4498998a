package app.roster.privacy;

import jakarta.json.JsonValue;

/**
 * One part of a member's data export for a privacy request. Each feature that keeps data about a
 * member contributes a section by implementing this as a CDI bean (application-scoped is fine); the
 * export gathers every bean it finds, so a new feature (labels, contact events) adds its data
 * without changing the export.
 */
public interface MemberDataSection {

  /** The section's key in the export: "profile", "history", "labels", ... */
  String name();

  /** What this feature holds about the member, as JSON (an empty array when nothing). */
  JsonValue export(long memberId);
}
