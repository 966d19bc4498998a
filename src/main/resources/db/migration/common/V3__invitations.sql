-- Invitations: an admin invites an email with a role; the invitee follows the mailed link, sets a
-- name and password and becomes a member. Same dialect rules as V1: SQL that H2 and
-- MySQL/MariaDB share, indexes as separate statements.

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('invitation', 0);

CREATE TABLE invitation (
  id BIGINT NOT NULL PRIMARY KEY,
  email VARCHAR(320) NOT NULL,
  email_norm VARCHAR(320) NOT NULL,
  -- The normalised email while the invitation is PENDING, NULL otherwise: its unique index
  -- keeps one pending invitation per address, under concurrency too.
  pending_email_norm VARCHAR(320),
  role_id BIGINT NOT NULL,
  -- The member the invitation completes: an existing member without a password from the start,
  -- or the member created when the invitation is accepted.
  member_id BIGINT,
  -- Hex SHA-256 of the token in the link; the token itself is never stored.
  token_hash CHAR(64) NOT NULL,
  status VARCHAR(16) NOT NULL,
  sent_at DATETIME(6) NOT NULL,
  expires_at DATETIME(6) NOT NULL,
  reminded_at DATETIME(6),
  inviter_id BIGINT,
  accepted_at DATETIME(6),
  created_at DATETIME(6) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT fk_invitation_role FOREIGN KEY (role_id) REFERENCES role (id),
  CONSTRAINT fk_invitation_member FOREIGN KEY (member_id) REFERENCES member (id),
  CONSTRAINT fk_invitation_inviter FOREIGN KEY (inviter_id) REFERENCES member (id)
);

CREATE UNIQUE INDEX uk_invitation_token ON invitation (token_hash);
CREATE UNIQUE INDEX uk_invitation_pending_email ON invitation (pending_email_norm);

-- The expiry and reminder timer: pending invitations by due time.
CREATE INDEX ix_invitation_status_expires ON invitation (status, expires_at);

-- Settings -> Invitations: newest first, all or by status; and the invitations of one address.
CREATE INDEX ix_invitation_sent ON invitation (sent_at, id);
CREATE INDEX ix_invitation_status_sent ON invitation (status, sent_at, id);
CREATE INDEX ix_invitation_email ON invitation (email_norm, sent_at);
-- member_id, inviter_id and role_id get the indexes their foreign keys create on both databases.
