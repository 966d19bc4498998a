-- People → Members has Team and Customers tabs: each lists one type within the listing (status
-- and kind) in name or created order, so each order gets an index that starts with all three.
-- Without it MySQL walked the whole name index and read rows until it found 25 of the type
-- (past every anonymous member whose name sorts first).
CREATE INDEX ix_member_listing_type_name ON member (status, kind, member_type, name, id);
CREATE INDEX ix_member_listing_type_created ON member (status, kind, member_type, created_at, id);
