-- Archiving, test members and the billing count (issue 6, parts 4-7). Same dialect rules as V1.

-- The member list by status and kind (the default Active list, Archived, Test), each in the
-- orders the console offers, and the billing count, which counts over the same index.
CREATE INDEX ix_member_status_kind_name ON member (status, kind, name, id);
CREATE INDEX ix_member_status_kind_created ON member (status, kind, created_at, id);

-- The expiry timer finds due test (and anonymous) members without scanning the table.
CREATE INDEX ix_member_kind_expires ON member (kind, expires_at);

-- Messages to test members are captured, never handed to SMTP or an SMS gateway.
ALTER TABLE outbox_message ADD COLUMN capture_only BOOLEAN DEFAULT FALSE NOT NULL;

-- "Generate N test members": one row per run, its progress kept here so that the progress bar
-- shows the same on every instance and after a reload.
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('test_member_run', 0);

CREATE TABLE test_member_run (
  id BIGINT NOT NULL PRIMARY KEY,
  requested INT NOT NULL,
  created INT NOT NULL,
  role_id BIGINT NOT NULL,
  expires_at DATETIME(6),
  started_by BIGINT NOT NULL,
  started_at DATETIME(6) NOT NULL,
  finished_at DATETIME(6),
  version BIGINT NOT NULL,
  CONSTRAINT fk_test_member_run_role FOREIGN KEY (role_id) REFERENCES role (id)
);

-- Fictional phone numbers already handed out to generated test members (a position in the pool).
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('test_member_phone', 0);

-- Exporting and erasing a member's personal data: Owners only.
INSERT INTO role_permission (role_id, permission) VALUES (1, 'privacy.manage');
