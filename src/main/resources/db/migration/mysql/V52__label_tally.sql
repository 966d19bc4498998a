-- Totals of the member list filtered by one label, kept like member_tally (V51): per label and
-- per status, kind, type and role, in sixteen slots. Foreign key cascades fire no triggers, so a
-- member's labels are counted out before the member row goes (BEFORE DELETE), and a label's
-- counters go with the label by their own cascade.
CREATE TABLE label_tally (
  label_id BIGINT NOT NULL,
  status VARCHAR(16) NOT NULL,
  kind VARCHAR(16) NOT NULL,
  member_type VARCHAR(16) NOT NULL,
  role_id BIGINT NOT NULL,
  slot INT NOT NULL,
  members BIGINT NOT NULL,
  PRIMARY KEY (label_id, status, kind, member_type, role_id, slot),
  CONSTRAINT fk_label_tally_label FOREIGN KEY (label_id) REFERENCES label (id) ON DELETE CASCADE
);

INSERT INTO label_tally (label_id, status, kind, member_type, role_id, slot, members)
SELECT ml.label_id, m.status, m.kind, m.member_type, m.role_id, MOD(m.id, 16), COUNT(*)
FROM member_label ml JOIN member m ON m.id = ml.member_id
GROUP BY ml.label_id, m.status, m.kind, m.member_type, m.role_id, MOD(m.id, 16);

CREATE TRIGGER label_tally_insert AFTER INSERT ON member_label FOR EACH ROW
  INSERT INTO label_tally (label_id, status, kind, member_type, role_id, slot, members)
  SELECT NEW.label_id, m.status, m.kind, m.member_type, m.role_id, MOD(m.id, 16), 1
  FROM member m WHERE m.id = NEW.member_id
  ON DUPLICATE KEY UPDATE members = label_tally.members + 1;

CREATE TRIGGER label_tally_delete AFTER DELETE ON member_label FOR EACH ROW
  UPDATE label_tally t JOIN member m ON m.id = OLD.member_id
  SET t.members = t.members - 1
  WHERE t.label_id = OLD.label_id AND t.status = m.status AND t.kind = m.kind
    AND t.member_type = m.member_type AND t.role_id = m.role_id AND t.slot = MOD(m.id, 16);

CREATE TRIGGER label_tally_member_delete BEFORE DELETE ON member FOR EACH ROW
  UPDATE label_tally t JOIN member_label ml ON ml.label_id = t.label_id
  SET t.members = t.members - 1
  WHERE ml.member_id = OLD.id AND t.status = OLD.status AND t.kind = OLD.kind
    AND t.member_type = OLD.member_type AND t.role_id = OLD.role_id AND t.slot = MOD(OLD.id, 16);

CREATE TRIGGER label_tally_member_leave AFTER UPDATE ON member FOR EACH ROW FOLLOWS member_tally_join
  UPDATE label_tally t JOIN member_label ml ON ml.label_id = t.label_id
  SET t.members = t.members - 1
  WHERE (OLD.status <> NEW.status OR OLD.kind <> NEW.kind OR OLD.member_type <> NEW.member_type
      OR OLD.role_id <> NEW.role_id)
    AND ml.member_id = OLD.id AND t.status = OLD.status AND t.kind = OLD.kind
    AND t.member_type = OLD.member_type AND t.role_id = OLD.role_id AND t.slot = MOD(OLD.id, 16);

CREATE TRIGGER label_tally_member_join AFTER UPDATE ON member FOR EACH ROW
  FOLLOWS label_tally_member_leave
  INSERT INTO label_tally (label_id, status, kind, member_type, role_id, slot, members)
  SELECT ml.label_id, NEW.status, NEW.kind, NEW.member_type, NEW.role_id, MOD(NEW.id, 16), 1
  FROM member_label ml
  WHERE ml.member_id = NEW.id
    AND (OLD.status <> NEW.status OR OLD.kind <> NEW.kind OR OLD.member_type <> NEW.member_type
      OR OLD.role_id <> NEW.role_id)
  ON DUPLICATE KEY UPDATE members = label_tally.members + 1;
