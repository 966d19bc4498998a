-- Like V7: the application normalises the new value and hashes tokens, so MySQL/MariaDB must
-- compare these columns exactly (H2 does already).
ALTER TABLE credential_change
  MODIFY new_value_norm VARCHAR(320) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  MODIFY token_hash CHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL;
