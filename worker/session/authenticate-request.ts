/**
 * Who is calling: an API client with `Authorization: Bearer <token>` (extension, scripts), or
 * the reader page with its session cookie. Cookie-authenticated requests that change anything
 * must also prove they come from the page itself (CSRF): the session's CSRF token in a header
 * (which another site can neither read nor send without a CORS preflight we never grant), and,
 * where the browser says, a same-origin Origin / Sec-Fetch-Site.
 */
import { authenticate, type Caller } from '../auth/authenticate';
import { ApiError } from '../http/api-error';
import { sessionSecretFrom } from './session-cookie';
import { findSession, type Session } from './session-store';

/** Header the reader page sends its CSRF token in. */
export const CSRF_HEADER = 'x-csrf-token';

/** Methods that never change state; everything else needs the CSRF proof. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function constantTimeEqual(a: string, b: string): boolean {
  const left = new TextEncoder().encode(a);
  const right = new TextEncoder().encode(b);
  return left.byteLength === right.byteLength && crypto.subtle.timingSafeEqual(left, right);
}

/**
 * Whether the browser's own provenance headers allow a state change: `Sec-Fetch-Site` must be
 * same-origin when sent, and `Origin` must be this Worker's origin when sent.
 */
export function isSameOriginRequest(request: Request): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site !== null && site !== 'same-origin') return false;
  const origin = request.headers.get('origin');
  return origin === null || origin === new URL(request.url).origin;
}

function csrfRefused(): ApiError {
  return new ApiError('forbidden', 'Cross-site request refused: send the X-CSRF-Token of your session from the reader page');
}

/**
 * Checks the CSRF proof of a cookie-authenticated request that changes state.
 * @throws ApiError forbidden
 */
export function checkCsrf(request: Request, session: Session): void {
  if (SAFE_METHODS.has(request.method)) return;
  const presented = request.headers.get(CSRF_HEADER) ?? '';
  if (!isSameOriginRequest(request) || !constantTimeEqual(presented, session.csrfToken)) throw csrfRefused();
}

/** The live session of the request's cookie, or null. */
export async function sessionOf(request: Request, db: D1Database): Promise<Session | null> {
  const secret = sessionSecretFrom(request);
  return secret ? findSession(db, secret) : null;
}

/**
 * Resolves the caller of an API request: the Bearer token when an Authorization header is
 * sent (cookies are then ignored), else the session cookie (with the CSRF check for changes).
 * @throws ApiError unauthorized (no valid credentials) | forbidden (CSRF check failed)
 */
export async function authenticateRequest(request: Request, db: D1Database): Promise<Caller> {
  if (request.headers.has('authorization')) return authenticate(request, db);
  const session = await sessionOf(request, db);
  if (!session) return authenticate(request, db); // throws the usual 401 with WWW-Authenticate
  checkCsrf(request, session);
  return { userId: session.userId, tokenId: session.tokenId, writeLimitKey: session.tokenId };
}
