-- Anonymous members reached by phone have no email: the columns become optional. The unique index
-- on email_norm stays; it allows any number of NULLs.
ALTER TABLE member ALTER COLUMN email DROP NOT NULL;
ALTER TABLE member ALTER COLUMN email_norm DROP NOT NULL;
