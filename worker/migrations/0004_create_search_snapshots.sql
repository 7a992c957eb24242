-- bm25 scores change as articles arrive (term statistics are global), so relevance pages cannot
-- be keyed by score. The first page of a search stores the ranked result ids here and the
-- cursor points into them: later pages neither repeat nor skip while new articles arrive.
CREATE TABLE search_snapshots (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  seqs TEXT NOT NULL,                  -- JSON array of articles.seq, best first
  created_at TEXT NOT NULL
);
CREATE INDEX search_snapshots_by_age ON search_snapshots(created_at);
