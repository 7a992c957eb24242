import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../auth/authenticate';
import { call, createUserWithToken, sampleArticle } from '../test/helpers';
import { SESSION_COOKIE } from '../session/session-cookie';

const ORIGIN = 'http://jianbao.test';

/** Signs in like the reader page does; returns the cookie pair and the CSRF token. */
async function signIn(token: string) {
  const res = await call('/api/session', { method: 'POST', json: { token }, headers: { Origin: ORIGIN, 'Sec-Fetch-Site': 'same-origin' } });
  expect(res.status).toBe(201);
  const setCookie = res.headers.get('set-cookie') ?? '';
  const body = (await res.json()) as { csrfToken: string; user: { id: string } };
  const cookie = setCookie.split(';')[0]!;
  return { setCookie, cookie, csrfToken: body.csrfToken, body };
}

function withCookie(cookie: string, init: RequestInit = {}): RequestInit {
  const headers = new Headers(init.headers);
  headers.set('Cookie', cookie);
  return { ...init, headers };
}

describe('sessions of the reader page', () => {
  it('signs in with a token and sets a hardened cookie that stores no token', async () => {
    const { token, userId } = await createUserWithToken();
    const { setCookie, cookie, csrfToken, body } = await signIn(token);
    expect(body.user.id).toBe(userId);
    expect(setCookie).toMatch(new RegExp(`^${SESSION_COOKIE.replace(/[$]/g, '\\$')}=[A-Za-z0-9_-]{43};`));
    for (const flag of ['HttpOnly', 'Secure', 'SameSite=Strict', 'Path=/', 'Max-Age=2592000']) expect(setCookie).toContain(flag);
    expect(setCookie).not.toContain('Domain=');
    const secret = cookie.split('=')[1]!;
    expect(secret).not.toContain(token);
    expect(csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // D1 holds only the hash of the cookie secret.
    const rows = await env.DB.prepare('SELECT id_hash FROM sessions WHERE user_id = ?1').bind(userId).all<{ id_hash: string }>();
    expect(rows.results.map((r) => r.id_hash)).toEqual([await sha256Hex(secret)]);

    const session = await call('/api/session', withCookie(cookie));
    expect(session.status).toBe(200);
    expect(await session.json()).toMatchObject({ user: { id: userId }, csrfToken });
  });

  it('authenticates API reads with the cookie alone', async () => {
    const { token } = await createUserWithToken();
    const saved = await call('/api/articles', { method: 'POST', token, json: sampleArticle() });
    const { id } = (await saved.json()) as { id: string };
    const { cookie } = await signIn(token);
    const res = await call(`/api/articles/${id}`, withCookie(cookie));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { id: string }).id).toBe(id);
  });

  it('refuses a wrong token without setting a cookie', async () => {
    const res = await call('/api/session', { method: 'POST', json: { token: `jb_${'0'.repeat(16)}_${'A'.repeat(43)}` } });
    expect(res.status).toBe(401);
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
  });

  it('refuses a sign-in posted from another site', async () => {
    const { token } = await createUserWithToken();
    const res = await call('/api/session', { method: 'POST', json: { token }, headers: { Origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('rejects forged, expired and revoked sessions', async () => {
    const { token, userId, tokenId } = await createUserWithToken();
    const forged = await call('/api/articles', withCookie(`${SESSION_COOKIE}=${'x'.repeat(43)}`));
    expect(forged.status).toBe(401);

    const expired = await signIn(token);
    await env.DB.prepare("UPDATE sessions SET expires_at = '2000-01-01T00:00:00.000Z' WHERE user_id = ?1").bind(userId).run();
    expect((await call('/api/articles', withCookie(expired.cookie))).status).toBe(401);
    expect((await call('/api/session', withCookie(expired.cookie))).status).toBe(401);

    const revoked = await signIn(token);
    expect((await call('/api/articles', withCookie(revoked.cookie))).status).toBe(200);
    await env.DB.prepare("UPDATE tokens SET revoked_at = '2026-01-01T00:00:00.000Z' WHERE id = ?1").bind(tokenId).run();
    expect((await call('/api/articles', withCookie(revoked.cookie))).status).toBe(401);
  });

  it('refuses cross-site changes (CSRF) and changes nothing', async () => {
    const { token } = await createUserWithToken();
    const saved = await call('/api/articles', { method: 'POST', token, json: sampleArticle() });
    const { id } = (await saved.json()) as { id: string };
    const { cookie, csrfToken } = await signIn(token);
    const attempts: Array<Record<string, string>> = [
      {}, // a form or fetch from another site cannot add the header
      { 'X-CSRF-Token': 'wrong'.padEnd(43, 'x') },
      { 'X-CSRF-Token': csrfToken, Origin: 'https://evil.example' },
      { 'X-CSRF-Token': csrfToken, 'Sec-Fetch-Site': 'cross-site' },
    ];
    for (const headers of attempts) {
      const res = await call(`/api/articles/${id}`, withCookie(cookie, { method: 'DELETE', headers }));
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    }
    expect((await call(`/api/articles/${id}`, withCookie(cookie))).status).toBe(200);
    const ok = await call(`/api/articles/${id}`, withCookie(cookie, { method: 'DELETE', headers: { 'X-CSRF-Token': csrfToken, Origin: ORIGIN } }));
    expect(ok.status).toBe(204);
  });

  it('signs out: the cookie is cleared and the session is gone', async () => {
    const { token } = await createUserWithToken();
    const { cookie, csrfToken } = await signIn(token);
    const refused = await call('/api/session', withCookie(cookie, { method: 'DELETE' }));
    expect(refused.status).toBe(403);
    const res = await call('/api/session', withCookie(cookie, { method: 'DELETE', headers: { 'X-CSRF-Token': csrfToken } }));
    expect(res.status).toBe(204);
    expect(res.headers.get('set-cookie')).toContain('Max-Age=0');
    expect((await call('/api/session', withCookie(cookie))).status).toBe(401);
    expect((await call('/api/articles', withCookie(cookie))).status).toBe(401);
  });

  it('prefers a Bearer token over a cookie (no CSRF needed for API clients)', async () => {
    const { token } = await createUserWithToken();
    const saved = await call('/api/articles', { method: 'POST', token, json: sampleArticle() });
    const { id } = (await saved.json()) as { id: string };
    const res = await exports.default.fetch(
      new Request(`${ORIGIN}/api/articles/${id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${token}`, Cookie: `${SESSION_COOKIE}=${'x'.repeat(43)}` } }),
    );
    expect(res.status).toBe(204);
  });
});
