-- Label names are folded by the application (NFKC, lower case), so the database must compare the
-- folded names byte for byte: with the default utf8mb4 collations "Café" and "Cafe" would collide
-- in the unique index. H2 compares exactly already.
ALTER TABLE label
  MODIFY name_norm VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
