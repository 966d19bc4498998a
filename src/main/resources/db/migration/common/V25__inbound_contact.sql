-- Inbound contact (calls, SMS, mail reaching the workspace) and the anonymous members it creates.
-- Same dialect rules as V1: SQL that H2 and MySQL/MariaDB share, indexes as separate statements.

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('contact_event', 0);
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('member_identifier', 0);

-- One call, SMS or mail from someone, attached to the member it came from. The dedupe key is the
-- SHA-256 of (channel, normalised sender, time), so an event delivered twice is stored once.
CREATE TABLE contact_event (
  id BIGINT NOT NULL PRIMARY KEY,
  member_id BIGINT NOT NULL,
  channel VARCHAR(8) NOT NULL,
  sender VARCHAR(320) NOT NULL,
  recipient VARCHAR(320),
  at DATETIME(6) NOT NULL,
  summary VARCHAR(2000),
  received_at DATETIME(6) NOT NULL,
  dedupe_key CHAR(64) NOT NULL,
  CONSTRAINT fk_contact_event_member FOREIGN KEY (member_id) REFERENCES member (id)
);

CREATE UNIQUE INDEX uk_contact_event_dedupe ON contact_event (dedupe_key);
-- A member's Contacts tab, newest first; merges move a member's events by this index too.
CREATE INDEX ix_contact_event_member_at ON contact_event (member_id, at);

-- Further emails and phones a member is reached at (kept from merges), so that later contact
-- from them finds the member. A value belongs to one member only.
CREATE TABLE member_identifier (
  id BIGINT NOT NULL PRIMARY KEY,
  member_id BIGINT NOT NULL,
  kind VARCHAR(8) NOT NULL,
  identifier VARCHAR(320) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_member_identifier_member FOREIGN KEY (member_id) REFERENCES member (id)
    ON DELETE CASCADE
);

CREATE UNIQUE INDEX uk_member_identifier ON member_identifier (identifier);
CREATE INDEX ix_member_identifier_member ON member_identifier (member_id);

-- What the Anonymous tab shows of an anonymous member, kept up to date by each contact: its
-- sender, the first channel, first and last contact, how many, and when it expires. The member
-- row itself holds the sender as its email or phone, so the unique indexes there make sure one
-- sender has one anonymous member.
CREATE TABLE anonymous_contact (
  member_id BIGINT NOT NULL PRIMARY KEY,
  identifier VARCHAR(320) NOT NULL,
  channel VARCHAR(8) NOT NULL,
  first_contact_at DATETIME(6) NOT NULL,
  last_contact_at DATETIME(6) NOT NULL,
  contact_count INT NOT NULL,
  expires_at DATETIME(6) NOT NULL,
  -- The expiry sweep's batch that claimed the row (a random id), so that two instances sweeping
  -- at once never delete the same anonymous member twice.
  expiry_batch VARCHAR(32),
  version BIGINT NOT NULL,
  CONSTRAINT fk_anonymous_contact_member FOREIGN KEY (member_id) REFERENCES member (id)
    ON DELETE CASCADE
);

-- The Anonymous tab sorted by last contact, and the expiry sweep (which also serves "expires
-- within 7 days").
CREATE INDEX ix_anonymous_last_contact ON anonymous_contact (last_contact_at, member_id);
CREATE INDEX ix_anonymous_expires ON anonymous_contact (expires_at, member_id);
CREATE INDEX ix_anonymous_expiry_batch ON anonymous_contact (expiry_batch);
