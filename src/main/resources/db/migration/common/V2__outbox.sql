-- The outbox: every message Roster sends (mail now, SMS later), written in the same transaction
-- as the change that caused it and delivered afterwards by the dispatcher.
-- Same dialect rules as V1: SQL that H2 and MySQL/MariaDB share, indexes as separate statements.

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('outbox_message', 0);

CREATE TABLE outbox_message (
  id BIGINT NOT NULL PRIMARY KEY,
  -- The Message-ID header, the same on every attempt, so receivers can drop a duplicate.
  message_id VARCHAR(200) NOT NULL,
  channel VARCHAR(16) NOT NULL,
  recipient VARCHAR(320) NOT NULL,
  recipient_norm VARCHAR(320) NOT NULL,
  subject VARCHAR(998),
  text_body MEDIUMTEXT NOT NULL,
  html_body MEDIUMTEXT,
  status VARCHAR(16) NOT NULL,
  attempts INT NOT NULL,
  -- When the dispatcher may pick the row up: due time while PENDING, the end of the claim
  -- while SENDING (so an abandoned claim becomes due again by itself).
  next_attempt_at DATETIME(6) NOT NULL,
  last_error VARCHAR(500),
  claimed_by VARCHAR(100),
  claimed_until DATETIME(6),
  cause_kind VARCHAR(40),
  cause_id BIGINT,
  created_at DATETIME(6) NOT NULL,
  sent_at DATETIME(6)
);

CREATE UNIQUE INDEX uk_outbox_message_id ON outbox_message (message_id);

-- The dispatcher's work list: due PENDING rows and expired SENDING claims, oldest first.
CREATE INDEX ix_outbox_due ON outbox_message (status, next_attempt_at);

-- The console and API lists: newest first, optionally by status or recipient prefix.
CREATE INDEX ix_outbox_created ON outbox_message (created_at, id);
CREATE INDEX ix_outbox_status_created ON outbox_message (status, created_at, id);
CREATE INDEX ix_outbox_channel_created ON outbox_message (channel, created_at, id);
CREATE INDEX ix_outbox_recipient ON outbox_message (recipient_norm, created_at);
