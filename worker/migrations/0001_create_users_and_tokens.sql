-- Users own articles; tokens authenticate a user. Only a SHA-256 hash of each token's secret is
-- stored. `kind` leaves room for read-only feed tokens (feeds) next to API tokens.
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);

CREATE TABLE tokens (
  id TEXT PRIMARY KEY,                 -- public part of the token (jb_<id>_<secret>)
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'api' CHECK (kind IN ('api', 'feed')),
  secret_hash TEXT NOT NULL,           -- hex SHA-256 of the whole token string
  created_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX tokens_by_user ON tokens(user_id);
