-- The member list's totals per label (MySQL keeps them in a table that triggers maintain; see
-- db/migration/mysql). Here, as member_tally in V51, a view that counts.
CREATE VIEW label_tally AS
SELECT ml.label_id, m.status, m.kind, m.member_type, m.role_id, 0 AS slot, COUNT(*) AS members
FROM member_label ml JOIN member m ON m.id = ml.member_id
GROUP BY ml.label_id, m.status, m.kind, m.member_type, m.role_id;
