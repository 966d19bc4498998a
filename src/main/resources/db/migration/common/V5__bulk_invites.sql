-- Bulk invites: an admin pastes or uploads many addresses with one role; a background worker
-- invites them batch by batch, each batch in a transaction of its own that also records the
-- outcome of every address and the progress. The state lives here, so the progress page survives
-- a reload and any instance can show it. Same dialect rules as V1.

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('bulk_invite', 0);

CREATE TABLE bulk_invite (
  id BIGINT NOT NULL PRIMARY KEY,
  role_id BIGINT NOT NULL,
  inviter_id BIGINT NOT NULL,
  -- The distinct addresses as typed, one per line, in the order given.
  addresses MEDIUMTEXT NOT NULL,
  total_count INT NOT NULL,
  processed_count INT NOT NULL,
  invited_count INT NOT NULL,
  pending_count INT NOT NULL,
  member_count INT NOT NULL,
  invalid_count INT NOT NULL,
  status VARCHAR(16) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  finished_at DATETIME(6),
  version BIGINT NOT NULL,
  CONSTRAINT fk_bulk_invite_role FOREIGN KEY (role_id) REFERENCES role (id),
  CONSTRAINT fk_bulk_invite_inviter FOREIGN KEY (inviter_id) REFERENCES member (id)
);

-- The outcome of each address, written by the batch that handled it; the summary lists them.
CREATE TABLE bulk_invite_address (
  bulk_invite_id BIGINT NOT NULL,
  position INT NOT NULL,
  email VARCHAR(320) NOT NULL,
  outcome VARCHAR(16) NOT NULL,
  PRIMARY KEY (bulk_invite_id, position),
  CONSTRAINT fk_bulk_invite_address_bulk FOREIGN KEY (bulk_invite_id) REFERENCES bulk_invite (id)
    ON DELETE CASCADE
);

CREATE INDEX ix_bulk_invite_address_outcome ON bulk_invite_address (bulk_invite_id, outcome, position);

-- Members list: the invitations of one page of members, in one query.
CREATE INDEX ix_invitation_member_status ON invitation (member_id, status);
