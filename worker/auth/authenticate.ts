import { ApiError } from '../http/api-error';

/**
 * API tokens look like `jb_<id>_<secret>`: `id` (16 hex) names the row, `secret` (32 random bytes,
 * base64url) is the credential. D1 keeps only the SHA-256 of the whole token, so a leaked
 * database does not leak tokens. scripts/token.mjs mints them in the same format.
 */
export const TOKEN_PATTERN = /^jb_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;

/** Who is calling: the user every article query is scoped to, and the token used. */
export interface Caller {
  userId: string;
  tokenId: string;
  /**
   * The key the per-token write limit counts under: the hash of a bearer token (so a request
   * limited before its token is checked, a save's, counts under the token it presented and
   * never under another's: worker/router.ts), the token id of a reader-page session.
   */
  writeLimitKey: string;
}

/** Hex SHA-256 of a string (UTF-8). */
export async function sha256Hex(text: string | Uint8Array): Promise<string> {
  const data = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The 401 answer for missing or invalid credentials. */
export function unauthorized(): ApiError {
  return new ApiError('unauthorized', 'Send a valid token as Authorization: Bearer <token>', undefined, {
    'WWW-Authenticate': 'Bearer realm="jianbao"',
  });
}

/** A bearer token as presented: its public id and the SHA-256 of the whole token, not yet checked. */
export interface PresentedToken {
  tokenId: string;
  /** Hex SHA-256 of the whole token string: what tokens.secret_hash holds for a real token. */
  secretHash: string;
}

/**
 * The request's bearer token, read and hashed but not yet looked up.
 * @throws ApiError unauthorized when the header is missing or the token malformed
 */
export async function presentedToken(request: Request): Promise<PresentedToken> {
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  const token = match?.[1] ?? '';
  const parts = TOKEN_PATTERN.exec(token);
  if (!parts) throw unauthorized();
  return { tokenId: parts[1]!, secretHash: await sha256Hex(token) };
}

/**
 * Resolves a presented token to its user. The row is found by the token's public id; the hashes
 * are then compared in constant time, so timing tells nothing about the secret. Revoked tokens
 * fail at once (no caching).
 * @throws ApiError unauthorized when the token is unknown, revoked or of another kind
 */
export async function verifyToken(db: D1Database, presented: PresentedToken, kind: 'api' | 'feed' = 'api'): Promise<Caller> {
  const row = await db
    .prepare('SELECT user_id, secret_hash FROM tokens WHERE id = ?1 AND kind = ?2 AND revoked_at IS NULL')
    .bind(presented.tokenId, kind)
    .first<{ user_id: string; secret_hash: string }>();
  // Compared even when no row matched, so an unknown id costs the same time as a wrong secret.
  const given = new TextEncoder().encode(presented.secretHash);
  const stored = new TextEncoder().encode(row?.secret_hash ?? '0'.repeat(64));
  const equal = given.byteLength === stored.byteLength && crypto.subtle.timingSafeEqual(given, stored);
  if (!row || !equal) throw unauthorized();
  return { userId: row.user_id, tokenId: presented.tokenId, writeLimitKey: presented.secretHash };
}

/**
 * Resolves the bearer token of a request to its user ({@link presentedToken}, then
 * {@link verifyToken}).
 * @throws ApiError unauthorized when the header is missing, malformed, unknown or revoked
 */
export async function authenticate(request: Request, db: D1Database, kind: 'api' | 'feed' = 'api'): Promise<Caller> {
  return verifyToken(db, await presentedToken(request), kind);
}

/**
 * Whom a write is for: a caller already authenticated, or a bearer token that the write's own
 * statements check (a save's one batch, worker/articles/save-article.ts: no round trip of its own).
 */
export type Owner = { userId: string } | { token: PresentedToken };

/**
 * The owner's user id as an SQL expression, with the values it binds, in order: numbered
 * parameters from `firstParam` on, or anonymous `?` parameters without it (for statements whose
 * values are bound in textual order, such as the search statements in
 * worker/articles/list-articles.ts). For a token: NULL unless it is a live API token whose stored
 * hash is the presented one, looked up afresh by every statement (revocation counts at once).
 * That hash is compared by SQL equality, not in constant time: what is compared is the SHA-256
 * digest of what the client sent, which a client cannot steer byte by byte, so the comparison's
 * time tells nothing usable about the stored digest, let alone the secret.
 */
export function ownerUserSql(owner: Owner, firstParam?: number): { sql: string; binds: string[] } {
  const param = (offset: number): string => (firstParam === undefined ? '?' : `?${firstParam + offset}`);
  if ('userId' in owner) return { sql: param(0), binds: [owner.userId] };
  return {
    sql: `(SELECT user_id FROM tokens WHERE id = ${param(0)} AND kind = 'api' AND revoked_at IS NULL AND secret_hash = ${param(1)})`,
    binds: [owner.token.tokenId, owner.token.secretHash],
  };
}

/**
 * The owner's user id: a caller's as is, a token's once the token is checked (a round trip).
 * @throws ApiError unauthorized for a token that does not open the API
 */
export async function ownerUserId(db: D1Database, owner: Owner): Promise<string> {
  return 'userId' in owner ? owner.userId : (await verifyToken(db, owner.token)).userId;
}
