/**
 * Feed tokens: read-only credentials that live in feed URLs, because feed readers cannot send
 * headers. They share the `tokens` table and the `jb_<id>_<secret>` form with API tokens but
 * have kind `feed`: authenticate() accepts only kind `api`, so a feed token opens no API route,
 * and an API token opens no feed. Only the SHA-256 of a token is stored.
 */
import { sha256Hex, TOKEN_PATTERN } from '../auth/authenticate';
import { randomSecret } from '../session/random-secret';

/** A feed token as listed (never with its secret). */
export interface FeedTokenInfo {
  id: string;
  name: string;
  createdAt: string;
}

function randomHex(bytes: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Creates a feed token for a user; returns it in clear (shown once) with its id. */
export async function createFeedToken(db: D1Database, userId: string, name: string, now = new Date()): Promise<FeedTokenInfo & { token: string }> {
  const id = randomHex(8);
  const token = `jb_${id}_${randomSecret()}`;
  const createdAt = now.toISOString();
  await db
    .prepare("INSERT INTO tokens (id, user_id, name, kind, secret_hash, created_at) VALUES (?1, ?2, ?3, 'feed', ?4, ?5)")
    .bind(id, userId, name, await sha256Hex(token), createdAt)
    .run();
  return { id, name, createdAt, token };
}

/** The user's live feed tokens, newest first. */
export async function listFeedTokens(db: D1Database, userId: string): Promise<FeedTokenInfo[]> {
  const { results } = await db
    .prepare(
      "SELECT id, name, created_at AS createdAt FROM tokens WHERE user_id = ?1 AND kind = 'feed' AND revoked_at IS NULL ORDER BY created_at DESC, id",
    )
    .bind(userId)
    .all<FeedTokenInfo>();
  return results;
}

/** Revokes one of the user's feed tokens; false when there is no such live token. */
export async function revokeFeedToken(db: D1Database, userId: string, id: string, now = new Date()): Promise<boolean> {
  const result = await db
    .prepare("UPDATE tokens SET revoked_at = ?3 WHERE id = ?1 AND user_id = ?2 AND kind = 'feed' AND revoked_at IS NULL")
    .bind(id, userId, now.toISOString())
    .run();
  return result.meta.changes > 0;
}

/**
 * The user a feed token belongs to and when the token was made, or null when it is malformed,
 * unknown, revoked or not a feed token. Hashes are compared in constant time, and an unknown id costs the same as a
 * wrong secret.
 */
export async function resolveFeedToken(db: D1Database, token: string): Promise<{ userId: string; createdAt: string } | null> {
  const parts = TOKEN_PATTERN.exec(token);
  const row = parts
    ? await db
        .prepare("SELECT user_id, secret_hash, created_at FROM tokens WHERE id = ?1 AND kind = 'feed' AND revoked_at IS NULL")
        .bind(parts[1])
        .first<{ user_id: string; secret_hash: string; created_at: string }>()
    : null;
  const presented = new TextEncoder().encode(await sha256Hex(token));
  const stored = new TextEncoder().encode(row?.secret_hash ?? '0'.repeat(64));
  const equal = presented.byteLength === stored.byteLength && crypto.subtle.timingSafeEqual(presented, stored);
  return row && equal ? { userId: row.user_id, createdAt: row.created_at } : null;
}
