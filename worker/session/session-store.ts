/**
 * Sessions in D1 (table `sessions`). The browser holds a random secret; D1 holds only its
 * SHA-256, so a leaked database opens no session. A session is tied to the API token used to
 * sign in: revoking that token ends its sessions at once.
 */
import { sha256Hex } from '../auth/authenticate';
import { randomSecret } from './random-secret';
import { SESSION_LIFETIME_SECONDS } from './session-cookie';

/** A live session as the Worker sees it. */
export interface Session {
  userId: string;
  userName: string;
  tokenId: string;
  csrfToken: string;
  expiresAt: string;
}

/** Creates a session for a user signed in with `tokenId`; returns the secret for the cookie. */
export async function createSession(db: D1Database, userId: string, tokenId: string, now = new Date()): Promise<{ secret: string; csrfToken: string; expiresAt: string }> {
  const secret = randomSecret();
  const csrfToken = randomSecret();
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_SECONDS * 1000).toISOString();
  await db.batch([
    // Expired sessions are swept on each sign-in, so the table does not grow without bound.
    db.prepare('DELETE FROM sessions WHERE expires_at <= ?1').bind(now.toISOString()),
    db
      .prepare('INSERT INTO sessions (id_hash, user_id, token_id, csrf_token, created_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)')
      .bind(await sha256Hex(secret), userId, tokenId, csrfToken, now.toISOString(), expiresAt),
  ]);
  return { secret, csrfToken, expiresAt };
}

/** The live session for a cookie secret: not expired, its token not revoked; null otherwise. */
export async function findSession(db: D1Database, secret: string, now = new Date()): Promise<Session | null> {
  const row = await db
    .prepare(
      `SELECT s.user_id AS userId, u.name AS userName, s.token_id AS tokenId, s.csrf_token AS csrfToken, s.expires_at AS expiresAt
         FROM sessions s
         JOIN tokens t ON t.id = s.token_id AND t.revoked_at IS NULL
         JOIN users u ON u.id = s.user_id
        WHERE s.id_hash = ?1 AND s.expires_at > ?2`,
    )
    .bind(await sha256Hex(secret), now.toISOString())
    .first<Session>();
  return row ?? null;
}

/** Ends the session of a cookie secret (no-op when there is none). */
export async function deleteSession(db: D1Database, secret: string): Promise<void> {
  await db.prepare('DELETE FROM sessions WHERE id_hash = ?1').bind(await sha256Hex(secret)).run();
}
