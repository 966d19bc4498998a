-- Bulk labelling: one row per job (put a label on, or take it off, many members) with its progress,
-- worked through in batches by member id, so that any instance can show it and a job can resume.
-- The members are either the rows an admin selected (bulk_label_member) or every member matching
-- a filter (filter_json), walked in id order.

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('bulk_label', 0);

CREATE TABLE bulk_label (
  id BIGINT NOT NULL PRIMARY KEY,
  label_id BIGINT NOT NULL,
  label_name VARCHAR(100) NOT NULL,
  remove_label BOOLEAN NOT NULL,
  filter_json VARCHAR(4000),
  total INT NOT NULL,
  processed INT NOT NULL,
  changed INT NOT NULL,
  skipped INT NOT NULL,
  last_member_id BIGINT NOT NULL,
  done BOOLEAN NOT NULL,
  started_by BIGINT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT fk_bulk_label_label FOREIGN KEY (label_id) REFERENCES label (id) ON DELETE CASCADE
);

CREATE TABLE bulk_label_member (
  bulk_label_id BIGINT NOT NULL,
  member_id BIGINT NOT NULL,
  PRIMARY KEY (bulk_label_id, member_id),
  CONSTRAINT fk_bulk_label_member_job FOREIGN KEY (bulk_label_id) REFERENCES bulk_label (id)
    ON DELETE CASCADE
);
