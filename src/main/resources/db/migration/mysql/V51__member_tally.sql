-- Totals of the member list without counting rows: how many members there are per status, kind,
-- type and role, kept by triggers in the same transaction as every insert, delete and update of a
-- member, whoever writes it (the application, a bulk job or a loader). Sixteen slots per group
-- (by member id) so that concurrent writers seldom wait on the same counter row; a total is the
-- sum of a few hundred rows at most. H2 has no SQL triggers: there the same name is a view that
-- counts (see db/migration/h2).
CREATE TABLE member_tally (
  status VARCHAR(16) NOT NULL,
  kind VARCHAR(16) NOT NULL,
  member_type VARCHAR(16) NOT NULL,
  role_id BIGINT NOT NULL,
  slot INT NOT NULL,
  members BIGINT NOT NULL,
  PRIMARY KEY (status, kind, member_type, role_id, slot)
);

INSERT INTO member_tally (status, kind, member_type, role_id, slot, members)
SELECT status, kind, member_type, role_id, MOD(id, 16), COUNT(*)
FROM member
GROUP BY status, kind, member_type, role_id, MOD(id, 16);

CREATE TRIGGER member_tally_insert AFTER INSERT ON member FOR EACH ROW
  INSERT INTO member_tally (status, kind, member_type, role_id, slot, members)
  VALUES (NEW.status, NEW.kind, NEW.member_type, NEW.role_id, MOD(NEW.id, 16), 1)
  ON DUPLICATE KEY UPDATE members = members + 1;

CREATE TRIGGER member_tally_delete AFTER DELETE ON member FOR EACH ROW
  UPDATE member_tally SET members = members - 1
  WHERE status = OLD.status AND kind = OLD.kind AND member_type = OLD.member_type
    AND role_id = OLD.role_id AND slot = MOD(OLD.id, 16);

-- An update moves the member from its old group to its new one, and touches no counter when the
-- four columns stay as they were (most updates: names, sign-in failures, versions).
CREATE TRIGGER member_tally_leave AFTER UPDATE ON member FOR EACH ROW
  UPDATE member_tally SET members = members - 1
  WHERE (OLD.status <> NEW.status OR OLD.kind <> NEW.kind OR OLD.member_type <> NEW.member_type
      OR OLD.role_id <> NEW.role_id)
    AND status = OLD.status AND kind = OLD.kind AND member_type = OLD.member_type
    AND role_id = OLD.role_id AND slot = MOD(OLD.id, 16);

CREATE TRIGGER member_tally_join AFTER UPDATE ON member FOR EACH ROW FOLLOWS member_tally_leave
  INSERT INTO member_tally (status, kind, member_type, role_id, slot, members)
  SELECT NEW.status, NEW.kind, NEW.member_type, NEW.role_id, MOD(NEW.id, 16), 1 FROM DUAL
  WHERE OLD.status <> NEW.status OR OLD.kind <> NEW.kind OR OLD.member_type <> NEW.member_type
    OR OLD.role_id <> NEW.role_id
  ON DUPLICATE KEY UPDATE members = members + 1;
