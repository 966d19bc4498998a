-- The audit trail: who changed what about a member or an invitation, when, and from where.
-- Insert-only: the application never updates or deletes these rows. Same dialect rules as V1:
-- SQL that H2 and MySQL/MariaDB share, indexes as separate statements.

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('audit_entry', 0);

CREATE TABLE audit_entry (
  id BIGINT NOT NULL PRIMARY KEY,
  at DATETIME(6) NOT NULL,
  -- The member who acted; NULL for the system (timers) and for anonymous visitors.
  actor_id BIGINT,
  -- The actor as they were called at the time (name and email), or "system".
  actor_label VARCHAR(400) NOT NULL,
  source VARCHAR(16) NOT NULL,
  client_address VARCHAR(64),
  action VARCHAR(64) NOT NULL,
  target_type VARCHAR(32) NOT NULL,
  target_id BIGINT NOT NULL,
  -- The member the entry is about (a member's history), when there is one.
  member_id BIGINT,
  -- A JSON object; for edits {"changes": {"field": {"before": ..., "after": ...}}}.
  details VARCHAR(8000)
);

-- A member's history, an actor's acts, one kind of act, and the whole log, each newest first.
CREATE INDEX ix_audit_member_at ON audit_entry (member_id, at);
CREATE INDEX ix_audit_actor_at ON audit_entry (actor_id, at);
CREATE INDEX ix_audit_action_at ON audit_entry (action, at);
CREATE INDEX ix_audit_at ON audit_entry (at);

-- The expiry sweep's batch that marked an invitation expired (a random id), so that each batch
-- records exactly the rows it changed even when two instances sweep at once.
ALTER TABLE invitation ADD COLUMN expiry_batch VARCHAR(32);
CREATE INDEX ix_invitation_expiry_batch ON invitation (expiry_batch);
