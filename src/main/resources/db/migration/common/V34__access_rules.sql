-- Named CEL conditions that other systems (sites, chats, forms) ask about: may this member enter?
-- Same dialect rules as V1: SQL that H2 and MySQL/MariaDB share, indexes as separate statements.

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('access_rule', 0);

CREATE TABLE access_rule (
  id BIGINT NOT NULL PRIMARY KEY,
  -- A slug (lower-case ASCII letters, digits and single hyphens), so it compares the same
  -- under every collation.
  name VARCHAR(64) NOT NULL,
  description VARCHAR(500),
  expression VARCHAR(2000) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  version BIGINT NOT NULL
);

CREATE UNIQUE INDEX uk_access_rule_name ON access_rule (name);
