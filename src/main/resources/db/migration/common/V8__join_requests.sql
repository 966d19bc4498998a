-- Abuse limits for invitations, workspace settings and join requests for public workspaces.
-- Same dialect rules as V1: SQL that H2 and MySQL/MariaDB share, indexes as separate statements.

-- One row per invitation an admin sends by hand, first or again (bulk invites write none: they
-- have their own cap), so the hourly limits are counted in the database all instances share.
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('invitation_send', 0);

CREATE TABLE invitation_send (
  id BIGINT NOT NULL PRIMARY KEY,
  invitation_id BIGINT NOT NULL,
  inviter_id BIGINT,
  kind VARCHAR(8) NOT NULL,
  sent_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_invitation_send_invitation FOREIGN KEY (invitation_id) REFERENCES invitation (id),
  CONSTRAINT fk_invitation_send_inviter FOREIGN KEY (inviter_id) REFERENCES member (id)
);

-- Invitations per admin per hour, and resends per invitation per hour.
CREATE INDEX ix_invitation_send_inviter ON invitation_send (inviter_id, kind, sent_at);
CREATE INDEX ix_invitation_send_invitation ON invitation_send (invitation_id, kind, sent_at);

-- The workspace's own settings: exactly one row, id 1. A NULL name means roster.workspace.name.
CREATE TABLE workspace_settings (
  id BIGINT NOT NULL PRIMARY KEY,
  name VARCHAR(100),
  allow_join_requests BOOLEAN NOT NULL,
  updated_at DATETIME(6),
  version BIGINT NOT NULL
);

INSERT INTO workspace_settings (id, name, allow_join_requests, updated_at, version)
  VALUES (1, NULL, FALSE, NULL, 0);

-- Someone asks to join a public workspace. The request waits for its email to be confirmed
-- through a mailed link (only the token's SHA-256 is kept), then for an admin's decision.
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('join_request', 0);

CREATE TABLE join_request (
  id BIGINT NOT NULL PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  email VARCHAR(320) NOT NULL,
  email_norm VARCHAR(320) NOT NULL,
  message VARCHAR(1000),
  status VARCHAR(16) NOT NULL,
  token_hash CHAR(64),
  confirm_by DATETIME(6) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  confirmed_at DATETIME(6),
  decided_at DATETIME(6),
  decided_by BIGINT,
  invitation_id BIGINT,
  decline_reason VARCHAR(1000),
  version BIGINT NOT NULL,
  CONSTRAINT fk_join_request_decider FOREIGN KEY (decided_by) REFERENCES member (id),
  CONSTRAINT fk_join_request_invitation FOREIGN KEY (invitation_id) REFERENCES invitation (id)
);

CREATE UNIQUE INDEX uk_join_request_token ON join_request (token_hash);
-- Settings -> Invitations -> Requests: by status, newest confirmation first.
CREATE INDEX ix_join_request_status ON join_request (status, confirmed_at, id);

-- Every submission of /join, whatever became of it, for the limits per email and per client
-- address. Rows older than the window are never read again.
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('join_attempt', 0);

CREATE TABLE join_attempt (
  id BIGINT NOT NULL PRIMARY KEY,
  email_norm VARCHAR(320) NOT NULL,
  client_address VARCHAR(64) NOT NULL,
  attempted_at DATETIME(6) NOT NULL
);

CREATE INDEX ix_join_attempt_email ON join_attempt (email_norm, attempted_at);
CREATE INDEX ix_join_attempt_address ON join_attempt (client_address, attempted_at);
