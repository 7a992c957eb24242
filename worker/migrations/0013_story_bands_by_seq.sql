-- The story index made cheaper to write (bench:story-save; docs/stories.md):
--
-- 1. Keyed by integers: a band key row was (user_id TEXT, band, article_id TEXT), ~80 bytes
--    twice over (primary key and the by-article index); (band, article_seq) is ~12 bytes, so
--    more of the index stays in the page cache and a save dirties fewer pages. The by-article
--    index is keyed by articles.seq, which only grows: a new article's rows are appended to its
--    last page. user_id is gone from the key: band keys are hashes of the text, so different
--    users' articles share one only when they clipped the same story, and the candidate query
--    joins articles and keeps the caller's own (worker/articles/stories.ts), as it already did.
-- 2. 16 bands of 3 rows instead of 32 of 4 (shared/story/lsh.ts): half the rows a save inserts
--    at random places, with the same candidate probability at the same-story threshold.
--
-- The old keys are not those of the new bands, and SQL cannot compute the new ones: the old
-- rows are dropped and every article's signature is cleared, so POST /api/stories/backfill
-- (scripts/backfill-stories.mjs) computes signature and bands again, a batch at a time. Story
-- ids and mirror flags are kept; a backfilled article stays in its story.
CREATE TABLE story_bands_by_seq (
  band INTEGER NOT NULL,               -- (32 + band) × 2³² + hash of the band's rows (shared/story/lsh.ts)
  article_seq INTEGER NOT NULL,        -- articles.seq
  PRIMARY KEY (band, article_seq)
) WITHOUT ROWID;
DROP TABLE story_bands;
ALTER TABLE story_bands_by_seq RENAME TO story_bands;
-- A new version replaces its article's bands; deleting an article deletes them.
CREATE INDEX story_bands_by_article ON story_bands(article_seq);

UPDATE articles SET story_signature = NULL;
-- The backfill's work list (and its count), however large the library.
CREATE INDEX articles_without_story_signature ON articles(user_id, seq) WHERE story_signature IS NULL;

-- mirror_suspected says why a copy carries the flag: 1 its own text (pinyin, lost characters)
-- or extraction, 2 judged against its story's original (recomputed when the story's copies
-- change: a 2 can go back to 0). Rows flagged before this migration keep 1: whether the flag was
-- judged is not known for them, and 1 never drops a flag.
