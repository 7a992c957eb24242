/**
 * The reader page's session cookie. `__Host-` makes browsers insist on Secure, Path=/ and no
 * Domain, so no other host (not even a subdomain) can set or shadow it. HttpOnly keeps it from
 * scripts; SameSite=Strict keeps it off every request that another site starts.
 * Browsers treat http://localhost and http://127.0.0.1 as secure, so this works under `wrangler dev`.
 */

export const SESSION_COOKIE = '__Host-jianbao_session';

/** How long a session lasts (fixed from sign-in; signing in again starts a new one). */
export const SESSION_LIFETIME_SECONDS = 30 * 24 * 60 * 60;

/** The Set-Cookie value that starts a session. */
export function sessionCookie(secret: string): string {
  return `${SESSION_COOKIE}=${secret}; Path=/; Max-Age=${SESSION_LIFETIME_SECONDS}; HttpOnly; Secure; SameSite=Strict`;
}

/** The Set-Cookie value that ends it in the browser. */
export function clearedSessionCookie(): string {
  return `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Strict`;
}

/** The session secret sent by the browser, or null (also for malformed values). */
export function sessionSecretFrom(request: Request): string | null {
  const header = request.headers.get('cookie');
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== SESSION_COOKIE) continue;
    const value = part.slice(eq + 1).trim();
    return /^[A-Za-z0-9_-]{43}$/.test(value) ? value : null;
  }
  return null;
}
