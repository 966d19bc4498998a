-- The application normalises emails (case-folded local part, ASCII domain) and trims external
-- IDs, so the database must compare these columns exactly: with the default utf8mb4 collations
-- jose@ and josé@, or the external IDs "abc" and "ABC", would count as one and the second
-- member could not be added (or would sign in as the first). H2 compares exactly already.
ALTER TABLE member
  MODIFY email_norm VARCHAR(320) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  MODIFY external_id VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;

ALTER TABLE invitation
  MODIFY email_norm VARCHAR(320) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  MODIFY pending_email_norm VARCHAR(320) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin,
  MODIFY token_hash CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;
