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
}

/** Hex SHA-256 of a string (UTF-8). */
export async function sha256Hex(text: string | Uint8Array): Promise<string> {
  const data = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function unauthorized(): ApiError {
  return new ApiError('unauthorized', 'Send a valid token as Authorization: Bearer <token>', undefined, {
    'WWW-Authenticate': 'Bearer realm="jianbao"',
  });
}

/**
 * Resolves the bearer token of a request to its user. The row is found by the token's public
 * id; the hashes are then compared in constant time, so timing tells nothing about the secret.
 * Revoked tokens fail at once (no caching).
 * @throws ApiError unauthorized when the header is missing, malformed, unknown or revoked
 */
export async function authenticate(request: Request, db: D1Database, kind: 'api' | 'feed' = 'api'): Promise<Caller> {
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  const token = match?.[1] ?? '';
  const parts = TOKEN_PATTERN.exec(token);
  if (!parts) throw unauthorized();
  const row = await db
    .prepare('SELECT user_id, secret_hash FROM tokens WHERE id = ?1 AND kind = ?2 AND revoked_at IS NULL')
    .bind(parts[1], kind)
    .first<{ user_id: string; secret_hash: string }>();
  // Hash even when no row matched, so an unknown id costs the same time as a wrong secret.
  const presented = new TextEncoder().encode(await sha256Hex(token));
  const stored = new TextEncoder().encode(row?.secret_hash ?? '0'.repeat(64));
  const equal = presented.byteLength === stored.byteLength && crypto.subtle.timingSafeEqual(presented, stored);
  if (!row || !equal) throw unauthorized();
  return { userId: row.user_id, tokenId: parts[1]! };
}
