-- Anonymous members reached by phone have no email: the columns become optional. The unique index
-- on email_norm stays; it allows any number of NULLs. Senders and extra identifiers are
-- normalised by the application and compared exactly, like email_norm (see V7).
ALTER TABLE member
  MODIFY email VARCHAR(320) NULL,
  MODIFY email_norm VARCHAR(320) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL;

ALTER TABLE member_identifier
  MODIFY identifier VARCHAR(320) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;

ALTER TABLE contact_event
  MODIFY sender VARCHAR(320) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  MODIFY dedupe_key CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;

ALTER TABLE anonymous_contact
  MODIFY identifier VARCHAR(320) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
