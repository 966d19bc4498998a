-- The member list's totals by status, kind, type and role (MySQL keeps them in a table that
-- triggers maintain; see db/migration/mysql). H2, the embedded default for small workspaces, has
-- no SQL triggers, so here the same name is a view that counts.
CREATE VIEW member_tally AS
SELECT status, kind, member_type, role_id, 0 AS slot, COUNT(*) AS members
FROM member
GROUP BY status, kind, member_type, role_id;
