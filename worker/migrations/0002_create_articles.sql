-- One row per clipped page (per user and canonical URL); every saved content is a version.
-- `seq` orders the list (newest first) and keys the FTS index; `id` is the opaque public id.
-- The row mirrors a few fields of the current version for listing and filtering.
CREATE TABLE articles (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  canonical_url TEXT NOT NULL,
  site TEXT NOT NULL,                  -- host of canonical_url, lower case, without "www."
  current_version INTEGER NOT NULL,
  title TEXT NOT NULL,
  lang TEXT NOT NULL,
  published_at TEXT,
  saved_at TEXT NOT NULL,              -- when the current version was saved (ISO, UTC)
  created_at TEXT NOT NULL,            -- when the first version was saved
  story_id TEXT,                       -- copies of one story share it (story detection)
  UNIQUE (user_id, canonical_url)
);
CREATE INDEX articles_by_user ON articles(user_id, seq DESC);
CREATE INDEX articles_by_user_site ON articles(user_id, site, seq DESC);
CREATE INDEX articles_by_story ON articles(user_id, story_id);

CREATE TABLE article_versions (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  content_hash TEXT NOT NULL,          -- hex SHA-256 of the content fields
  data TEXT NOT NULL,                  -- the article (schema v1) as JSON, sanitised
  saved_at TEXT NOT NULL,
  PRIMARY KEY (article_id, version)
);

-- Summaries are cached per article version and sentence count.
CREATE TABLE summaries (
  article_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  sentences INTEGER NOT NULL,
  data TEXT NOT NULL,                  -- {lang, method, sentences}
  PRIMARY KEY (article_id, version, sentences),
  FOREIGN KEY (article_id, version) REFERENCES article_versions(article_id, version) ON DELETE CASCADE
);

-- The first answer to a POST with an Idempotency-Key, replayed to retries.
CREATE TABLE idempotency_keys (
  user_id TEXT NOT NULL,
  key TEXT NOT NULL,
  request_hash TEXT NOT NULL,          -- hex SHA-256 of the request body
  status INTEGER NOT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (user_id, key)
);
