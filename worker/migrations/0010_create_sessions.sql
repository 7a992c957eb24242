-- Reader-page sessions. The browser holds a random secret in an HttpOnly cookie; only its
-- SHA-256 is stored. Each session belongs to the API token used to sign in, so revoking the
-- token (or deleting the user) ends its sessions.
CREATE TABLE sessions (
  id_hash TEXT PRIMARY KEY,            -- hex SHA-256 of the cookie secret
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  token_id TEXT NOT NULL REFERENCES tokens(id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,            -- sent back by the page on every change (X-CSRF-Token)
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX sessions_by_expiry ON sessions(expires_at);
