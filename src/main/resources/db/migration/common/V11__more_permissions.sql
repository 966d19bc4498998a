-- Permissions for labels, actions, access rules, anonymous members, experiments and billing.
-- Owners hold all of them; Admins all but billing; Agents resolve anonymous contacts, the
-- thing front-line staff do every day (applying labels to a member is members.edit).
INSERT INTO role_permission (role_id, permission) VALUES (1, 'labels.manage');
INSERT INTO role_permission (role_id, permission) VALUES (1, 'actions.manage');
INSERT INTO role_permission (role_id, permission) VALUES (1, 'access.manage');
INSERT INTO role_permission (role_id, permission) VALUES (1, 'anonymous.resolve');
INSERT INTO role_permission (role_id, permission) VALUES (1, 'experiments.manage');
INSERT INTO role_permission (role_id, permission) VALUES (1, 'billing.view');

INSERT INTO role_permission (role_id, permission) VALUES (2, 'labels.manage');
INSERT INTO role_permission (role_id, permission) VALUES (2, 'actions.manage');
INSERT INTO role_permission (role_id, permission) VALUES (2, 'access.manage');
INSERT INTO role_permission (role_id, permission) VALUES (2, 'anonymous.resolve');
INSERT INTO role_permission (role_id, permission) VALUES (2, 'experiments.manage');

INSERT INTO role_permission (role_id, permission) VALUES (3, 'anonymous.resolve');
