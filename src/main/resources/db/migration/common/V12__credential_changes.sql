-- Credential changes: an admin asks to change a member's sign-in email or phone; the member
-- confirms through a link sent to their CURRENT contact method, and only then does the member
-- change. Same dialect rules as V1: SQL that H2 and MySQL/MariaDB share, indexes as separate
-- statements.

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('credential_change', 0);

CREATE TABLE credential_change (
  id BIGINT NOT NULL PRIMARY KEY,
  member_id BIGINT NOT NULL,
  -- EMAIL or PHONE: which credential changes.
  kind VARCHAR(16) NOT NULL,
  -- The new value as the member will have it: the email as typed, or the phone in E.164.
  new_value VARCHAR(320) NOT NULL,
  -- Its matching form (normalised email, or E.164), checked unique when requested and confirmed.
  new_value_norm VARCHAR(320) NOT NULL,
  -- The member's id while the change is PENDING, NULL otherwise: its unique index keeps at most
  -- one pending change per member, under concurrency too.
  pending_member_id BIGINT,
  -- Hex SHA-256 of the token in the link; the token itself is never stored.
  token_hash CHAR(64) NOT NULL,
  -- PENDING, CONFIRMED, CANCELLED or REPLACED (expiry is read from expires_at).
  status VARCHAR(16) NOT NULL,
  -- Where the link went: EMAIL or SMS, and the address or number at the time.
  sent_via VARCHAR(16) NOT NULL,
  sent_to VARCHAR(320) NOT NULL,
  requested_by BIGINT,
  -- The requester as they were called at the time ("Name <email>").
  requested_by_label VARCHAR(400) NOT NULL,
  requested_at DATETIME(6) NOT NULL,
  sent_at DATETIME(6) NOT NULL,
  expires_at DATETIME(6) NOT NULL,
  decided_at DATETIME(6),
  version BIGINT NOT NULL,
  CONSTRAINT fk_credential_change_member FOREIGN KEY (member_id) REFERENCES member (id),
  CONSTRAINT fk_credential_change_requester FOREIGN KEY (requested_by) REFERENCES member (id)
);

CREATE UNIQUE INDEX uk_credential_change_token ON credential_change (token_hash);
CREATE UNIQUE INDEX uk_credential_change_pending ON credential_change (pending_member_id);
-- member_id and requested_by get the indexes their foreign keys create on both databases.
