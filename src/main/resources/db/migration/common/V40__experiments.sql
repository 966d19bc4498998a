-- Experiments (A/B tests): an experiment with its groups and weights, and the sticky assignment of
-- each member to one group. Same dialect rules as V1: SQL that H2 and MySQL/MariaDB share.

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('experiment', 0);

CREATE TABLE experiment (
  id BIGINT NOT NULL PRIMARY KEY,
  -- What CEL conditions name: experiment('checkout-2027'). Lower-case letters, digits, - and _.
  experiment_key VARCHAR(64) NOT NULL,
  name VARCHAR(200) NOT NULL,
  status VARCHAR(16) NOT NULL,
  -- The optional CEL eligibility condition over member; NULL admits every active member.
  condition_text VARCHAR(2000),
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  version BIGINT NOT NULL
);

CREATE UNIQUE INDEX uk_experiment_key ON experiment (experiment_key);

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('experiment_group', 0);

CREATE TABLE experiment_group (
  id BIGINT NOT NULL PRIMARY KEY,
  experiment_id BIGINT NOT NULL,
  name VARCHAR(64) NOT NULL,
  -- Relative share of new assignments; changing it never moves members already assigned.
  weight INT NOT NULL,
  position INT NOT NULL,
  CONSTRAINT fk_experiment_group_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id)
    ON DELETE CASCADE
);

CREATE UNIQUE INDEX uk_experiment_group_name ON experiment_group (experiment_id, name);

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('experiment_assignment', 0);

-- One row per member and experiment (the unique index makes two concurrent first evaluations
-- store one assignment). method is LAZY (a CEL evaluation assigned it: triggered_by names the rule
-- or action) or EXPLICIT (an admin did: actor_id).
CREATE TABLE experiment_assignment (
  id BIGINT NOT NULL PRIMARY KEY,
  experiment_id BIGINT NOT NULL,
  member_id BIGINT NOT NULL,
  group_id BIGINT NOT NULL,
  method VARCHAR(16) NOT NULL,
  triggered_by VARCHAR(300),
  actor_id BIGINT,
  assigned_at DATETIME(6) NOT NULL,
  CONSTRAINT fk_assignment_experiment FOREIGN KEY (experiment_id) REFERENCES experiment (id)
    ON DELETE CASCADE,
  CONSTRAINT fk_assignment_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE,
  CONSTRAINT fk_assignment_group FOREIGN KEY (group_id) REFERENCES experiment_group (id)
);

CREATE UNIQUE INDEX uk_assignment_member ON experiment_assignment (experiment_id, member_id);
-- A member's experiments (profile tab); the count per group (results chart).
CREATE INDEX ix_assignment_of_member ON experiment_assignment (member_id);
CREATE INDEX ix_assignment_group ON experiment_assignment (experiment_id, group_id);
