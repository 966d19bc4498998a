-- Search tokens are folded by the application (case, accents, ß, kana), so the database must
-- compare them byte for byte: with the default utf8mb4 collations "groß" and "gross", or
-- "O" and "Ö", would collide in the primary key. H2 compares exactly already.
ALTER TABLE member_search_token
  MODIFY token VARCHAR(191) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL;
