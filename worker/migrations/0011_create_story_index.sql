-- Story detection (shared/story): copies of one story (syndicated reposts, scraped mirrors)
-- share articles.story_id. Each article keeps the story signature of its current text, and the
-- LSH band keys of that signature are rows of story_bands, so finding an article's candidate
-- copies is an index lookup of 32 keys whatever the number of articles.
ALTER TABLE articles ADD COLUMN story_signature TEXT;
-- 1 when the current version carries the mirror-suspected flag: ranking a story's copies reads
-- it beside list_item instead of parsing each version's JSON.
ALTER TABLE articles ADD COLUMN mirror_suspected INTEGER NOT NULL DEFAULT 0;

CREATE TABLE story_bands (
  user_id TEXT NOT NULL,
  band INTEGER NOT NULL,               -- band × 2³² + hash of the band's rows (shared/story/lsh.ts)
  article_id TEXT NOT NULL,
  PRIMARY KEY (user_id, band, article_id)
) WITHOUT ROWID;
-- A new version replaces its article's bands; deleting an article deletes them.
CREATE INDEX story_bands_by_article ON story_bands(article_id);

-- Articles saved before story detection: each its own story until saved again.
UPDATE articles SET story_id = id WHERE story_id IS NULL;
UPDATE articles SET mirror_suspected = 1 WHERE EXISTS (
  SELECT 1 FROM article_versions v, json_each(v.data, '$.flags') f
   WHERE v.article_id = articles.id AND v.version = articles.current_version AND f.value = 'mirror-suspected'
);
