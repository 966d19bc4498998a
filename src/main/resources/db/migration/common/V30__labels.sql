-- Labels that organise members ("VIP", "Enterprise"), and which member carries which.
-- Same dialect rules as V1: SQL that H2 and MySQL/MariaDB share, indexes as separate statements.

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('label', 0);

CREATE TABLE label (
  id BIGINT NOT NULL PRIMARY KEY,
  name VARCHAR(100) NOT NULL,
  -- The name folded by the application (Unicode NFKC, lower case): unique case-insensitively.
  name_norm VARCHAR(100) NOT NULL,
  colour VARCHAR(7) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  version BIGINT NOT NULL
);

CREATE UNIQUE INDEX uk_label_name ON label (name_norm);

-- A member's labels come from the primary key; the members carrying a label (the filters any of,
-- all of, none of, and the count per label) from the index on (label_id, member_id).
CREATE TABLE member_label (
  member_id BIGINT NOT NULL,
  label_id BIGINT NOT NULL,
  added_at DATETIME(6) NOT NULL,
  PRIMARY KEY (member_id, label_id),
  CONSTRAINT fk_member_label_member FOREIGN KEY (member_id) REFERENCES member (id)
    ON DELETE CASCADE,
  CONSTRAINT fk_member_label_label FOREIGN KEY (label_id) REFERENCES label (id) ON DELETE CASCADE
);

CREATE INDEX ix_member_label_label ON member_label (label_id, member_id);
