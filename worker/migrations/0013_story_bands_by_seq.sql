-- The story index keyed by integers (bench:story-save): a band key row was (user_id TEXT,
-- band, article_id TEXT), ~80 bytes twice over (primary key and the by-article index), and a
-- save inserts 32 of them at random places of a table of 32 rows an article. Keyed by
-- (band, article_seq) a row is ~12 bytes: the index is ~6× smaller, so more of it stays in the
-- page cache and a save dirties fewer pages. The by-article index is keyed by articles.seq,
-- which only grows, so a new article's rows are appended to its last page.
--
-- user_id is gone from the key: band keys are 40-bit hashes of the text, so different users'
-- articles share a key only when they clipped the same story; the candidate query joins
-- articles and keeps the caller's own (articles/stories.ts), as it already did.
CREATE TABLE story_bands_by_seq (
  band INTEGER NOT NULL,               -- band × 2³² + hash of the band's rows (shared/story/lsh.ts)
  article_seq INTEGER NOT NULL,        -- articles.seq
  PRIMARY KEY (band, article_seq)
) WITHOUT ROWID;

INSERT OR IGNORE INTO story_bands_by_seq (band, article_seq)
  SELECT b.band, a.seq FROM story_bands b JOIN articles a ON a.id = b.article_id;

DROP TABLE story_bands;
ALTER TABLE story_bands_by_seq RENAME TO story_bands;
-- A new version replaces its article's bands; deleting an article deletes them.
CREATE INDEX story_bands_by_article ON story_bands(article_seq);

-- mirror_suspected says why a copy carries the flag: 1 its own text (pinyin, lost characters)
-- or extraction, 2 judged against its story's original (recomputed when the story's copies
-- change: a 2 can go back to 0). Rows flagged before this migration keep 1: whether the flag was
-- judged is not known for them, and 1 never drops a flag.
