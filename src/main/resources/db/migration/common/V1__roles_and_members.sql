-- Roles, members and the tables every later feature leans on.
-- Written in the SQL that H2 and MySQL/MariaDB share: no engine or charset clauses here
-- (create the MySQL database with utf8mb4), indexes as separate statements.

CREATE TABLE id_sequence (
  seq_name VARCHAR(64) NOT NULL PRIMARY KEY,
  seq_count BIGINT NOT NULL
);

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('role', 1000);
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('member', 0);

CREATE TABLE role (
  id BIGINT NOT NULL PRIMARY KEY,
  name VARCHAR(100) NOT NULL,
  name_norm VARCHAR(100) NOT NULL,
  kind VARCHAR(16) NOT NULL,
  built_in BOOLEAN NOT NULL,
  position INT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  version BIGINT NOT NULL
);

CREATE UNIQUE INDEX uk_role_name ON role (name_norm);

CREATE TABLE role_permission (
  role_id BIGINT NOT NULL,
  permission VARCHAR(64) NOT NULL,
  PRIMARY KEY (role_id, permission),
  CONSTRAINT fk_role_permission_role FOREIGN KEY (role_id) REFERENCES role (id) ON DELETE CASCADE
);

INSERT INTO role (id, name, name_norm, kind, built_in, position, created_at, version)
  VALUES (1, 'Owner', 'owner', 'TEAM', TRUE, 1, CURRENT_TIMESTAMP(6), 0);
INSERT INTO role (id, name, name_norm, kind, built_in, position, created_at, version)
  VALUES (2, 'Admin', 'admin', 'TEAM', TRUE, 2, CURRENT_TIMESTAMP(6), 0);
INSERT INTO role (id, name, name_norm, kind, built_in, position, created_at, version)
  VALUES (3, 'Agent', 'agent', 'TEAM', TRUE, 3, CURRENT_TIMESTAMP(6), 0);
INSERT INTO role (id, name, name_norm, kind, built_in, position, created_at, version)
  VALUES (4, 'Customer', 'customer', 'CUSTOMER', TRUE, 4, CURRENT_TIMESTAMP(6), 0);

INSERT INTO role_permission (role_id, permission) VALUES (1, 'members.view');
INSERT INTO role_permission (role_id, permission) VALUES (1, 'members.edit');
INSERT INTO role_permission (role_id, permission) VALUES (1, 'members.invite');
INSERT INTO role_permission (role_id, permission) VALUES (1, 'members.archive');
INSERT INTO role_permission (role_id, permission) VALUES (1, 'credentials.change');
INSERT INTO role_permission (role_id, permission) VALUES (1, 'roles.manage');
INSERT INTO role_permission (role_id, permission) VALUES (1, 'settings.manage');
INSERT INTO role_permission (role_id, permission) VALUES (1, 'outbox.view');
INSERT INTO role_permission (role_id, permission) VALUES (1, 'audit.view');

INSERT INTO role_permission (role_id, permission) VALUES (2, 'members.view');
INSERT INTO role_permission (role_id, permission) VALUES (2, 'members.edit');
INSERT INTO role_permission (role_id, permission) VALUES (2, 'members.invite');
INSERT INTO role_permission (role_id, permission) VALUES (2, 'members.archive');
INSERT INTO role_permission (role_id, permission) VALUES (2, 'credentials.change');
INSERT INTO role_permission (role_id, permission) VALUES (2, 'settings.manage');
INSERT INTO role_permission (role_id, permission) VALUES (2, 'outbox.view');
INSERT INTO role_permission (role_id, permission) VALUES (2, 'audit.view');

INSERT INTO role_permission (role_id, permission) VALUES (3, 'members.view');
INSERT INTO role_permission (role_id, permission) VALUES (3, 'members.edit');

CREATE TABLE member (
  id BIGINT NOT NULL PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  email VARCHAR(320) NOT NULL,
  email_norm VARCHAR(320) NOT NULL,
  phone_e164 VARCHAR(20),
  date_of_birth DATE,
  role_id BIGINT NOT NULL,
  member_type VARCHAR(16) NOT NULL,
  external_id VARCHAR(200),
  status VARCHAR(16) NOT NULL,
  kind VARCHAR(16) NOT NULL,
  password_hash VARCHAR(512),
  session_epoch INT NOT NULL,
  failed_signins INT NOT NULL,
  locked_until DATETIME(6),
  expires_at DATETIME(6),
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT fk_member_role FOREIGN KEY (role_id) REFERENCES role (id)
);

-- Identity and duplicates: the database has the last word, under concurrency too.
CREATE UNIQUE INDEX uk_member_email ON member (email_norm);
CREATE UNIQUE INDEX uk_member_phone ON member (phone_e164);
CREATE UNIQUE INDEX uk_member_external_id ON member (external_id);

-- One index per way the console lists members (sort, and each filter with its sort).
CREATE INDEX ix_member_name ON member (name, id);
CREATE INDEX ix_member_created ON member (created_at, id);
CREATE INDEX ix_member_type_name ON member (member_type, name, id);
CREATE INDEX ix_member_type_created ON member (member_type, created_at, id);
CREATE INDEX ix_member_role_name ON member (role_id, name, id);

-- Search: the starts of name words, email prefixes and phone digits, written by the application
-- (see members.SearchTerms) so that it works the same on every database, CJK included.
CREATE TABLE member_search_token (
  member_id BIGINT NOT NULL,
  token VARCHAR(191) NOT NULL,
  PRIMARY KEY (token, member_id),
  CONSTRAINT fk_member_search_token_member FOREIGN KEY (member_id) REFERENCES member (id)
    ON DELETE CASCADE
);

CREATE INDEX ix_member_search_token_member ON member_search_token (member_id);
