-- A member's pending credential changes and contact events go with the member when it is deleted
-- (expired test members, dismissed anonymous members), like its labels and search tokens.
ALTER TABLE credential_change DROP FOREIGN KEY fk_credential_change_member;
ALTER TABLE credential_change ADD CONSTRAINT fk_credential_change_member
  FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE;
ALTER TABLE contact_event DROP FOREIGN KEY fk_contact_event_member;
ALTER TABLE contact_event ADD CONSTRAINT fk_contact_event_member
  FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE;
