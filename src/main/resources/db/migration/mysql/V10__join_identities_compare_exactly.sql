-- As V7 did for members and invitations: normalised emails and token hashes of join requests
-- compare byte for byte on MySQL, so jose@ and josé@ are two people. H2 compares exactly already.
ALTER TABLE join_request
  MODIFY email_norm VARCHAR(320) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  MODIFY token_hash CHAR(64) CHARACTER SET ascii COLLATE ascii_bin;

ALTER TABLE join_attempt
  MODIFY email_norm VARCHAR(320) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
