-- Actions: automations that run after a member event commits (label added or removed, member
-- created, invitation accepted, role changed), with an optional CEL condition and steps, and the
-- log of their runs. Same dialect rules as V1: SQL that H2 and MySQL/MariaDB share.

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('action', 0);

CREATE TABLE action (
  id BIGINT NOT NULL PRIMARY KEY,
  name VARCHAR(100) NOT NULL,
  trigger_kind VARCHAR(32) NOT NULL,
  -- For label triggers: the label's folded name (Label.normalize); NULL means any label.
  trigger_label VARCHAR(100),
  condition_text VARCHAR(2000),
  -- The steps as a JSON array, in order: [{"type": "email", "subject": ..., "body": ...}, ...].
  steps VARCHAR(8000) NOT NULL,
  -- The key webhook calls are signed with (HMAC-SHA256), 64 hex characters.
  secret CHAR(64) NOT NULL,
  enabled BOOLEAN NOT NULL,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  version BIGINT NOT NULL
);

-- The runner finds the actions of a trigger.
CREATE INDEX ix_action_trigger ON action (trigger_kind, enabled);

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('action_run', 0);

CREATE TABLE action_run (
  id BIGINT NOT NULL PRIMARY KEY,
  -- No foreign key: the log outlives a deleted action (it keeps the action's name).
  action_id BIGINT NOT NULL,
  action_name VARCHAR(100) NOT NULL,
  member_id BIGINT NOT NULL,
  trigger_kind VARCHAR(32) NOT NULL,
  depth INT NOT NULL,
  outcome VARCHAR(16) NOT NULL,
  detail VARCHAR(1000),
  ran_at DATETIME(6) NOT NULL
);

-- The runs of an action, newest first; the runs for a member.
CREATE INDEX ix_action_run_action ON action_run (action_id, ran_at, id);
CREATE INDEX ix_action_run_member ON action_run (member_id, ran_at, id);
