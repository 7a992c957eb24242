import { env, exports } from 'cloudflare:workers';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { createUserWithToken } from '../test/helpers';

/**
 * Fuzz of the reader, export, feed and clip routes: hostile bodies, types, content types,
 * cookies and paths. Every answer is below 500 and, when it is an error, the JSON error model;
 * a refused request stores nothing (no article, session or feed token appears).
 */

const HOSTILE = fc.oneof(
  fc.constantFrom("' OR 1=1 --", '<script>alert(1)</script>', 'javascript:alert(1)', '\u0000', '\uD800', '../../etc/passwd', '__proto__', '环保\u0000', 'file:///etc/passwd', 'http://169.254.169.254/'),
  fc.string({ maxLength: 100 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
);
const VALUE = fc.oneof(HOSTILE, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(HOSTILE, { maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }));

/** encodeURIComponent that accepts lone surrogates (as U+FFFD), like a browser building a URL. */
function enc(text: string): string {
  return encodeURIComponent(new TextDecoder().decode(new TextEncoder().encode(text)));
}

/** True when a body would make the Worker fetch a public URL (no live network in tests). */
function wouldFetch(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || 'html' in body) return false;
  const url = (body as { url?: unknown }).url;
  if (typeof url !== 'string') return false;
  try {
    return /^https?:$/.test(new URL(url).protocol);
  } catch {
    return false;
  }
}

const REQUEST = fc.oneof(
  fc.record({ method: fc.constant('POST'), path: fc.constant('/api/clip'), body: fc.oneof(fc.record({ url: VALUE, html: VALUE }, { requiredKeys: [] }), VALUE), type: fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded') }),
  fc.record({ method: fc.constant('POST'), path: fc.constant('/api/import'), body: fc.oneof(VALUE, fc.array(VALUE, { maxLength: 4 }).map((lines) => lines.map((line) => JSON.stringify(line)).join('\n'))), type: fc.constantFrom('application/x-ndjson', 'application/json', 'text/csv') }),
  fc.record({ method: fc.constant('POST'), path: fc.constant('/api/session'), body: fc.oneof(fc.record({ token: VALUE }), VALUE), type: fc.constantFrom('application/json', 'text/plain') }),
  fc.record({ method: fc.constant('POST'), path: fc.constant('/api/feeds'), body: fc.oneof(fc.record({ name: VALUE }), VALUE), type: fc.constantFrom('application/json', 'multipart/form-data') }),
  fc.record({ method: fc.constantFrom('GET', 'DELETE'), path: HOSTILE.map((s) => `/api/feeds/${enc(s)}`), body: fc.constant(undefined), type: fc.constant('application/json') }),
  fc.record({ method: fc.constant('GET'), path: HOSTILE.map((s) => `/feeds/${enc(s)}.atom?q=${enc(s)}`), body: fc.constant(undefined), type: fc.constant('application/json') }),
  fc.record({ method: fc.constant('GET'), path: HOSTILE.map((s) => `/api/export?format=${enc(s)}`), body: fc.constant(undefined), type: fc.constant('application/json') }),
  fc.record({ method: fc.constant('GET'), path: HOSTILE.map((s) => `/api/articles/${enc(s)}.md`), body: fc.constant(undefined), type: fc.constant('application/json') }),
);

async function counts(userId: string) {
  const row = await env.DB.prepare(
    `SELECT (SELECT COUNT(*) FROM articles WHERE user_id = ?1) AS articles,
            (SELECT COUNT(*) FROM sessions WHERE user_id = ?1) AS sessions,
            (SELECT COUNT(*) FROM tokens WHERE user_id = ?1) AS tokens`,
  )
    .bind(userId)
    .first<{ articles: number; sessions: number; tokens: number }>();
  return row!;
}

it('answers 400+ hostile requests to the reader routes without a 500, each error in the error model, storing nothing when refused', async () => {
  const { token, userId } = await createUserWithToken();
  let sent = 0;
  await fc.assert(
    fc.asyncProperty(REQUEST, fc.constantFrom('bearer', 'cookie', 'none'), async (request, auth) => {
      if (request.path === '/api/clip' && wouldFetch(request.body)) return;
      const headers = new Headers({ 'Content-Type': request.type });
      if (auth === 'bearer') headers.set('Authorization', `Bearer ${token}`);
      if (auth === 'cookie') headers.set('Cookie', `__Host-jianbao_session=${'A'.repeat(43)}`);
      const body = request.body === undefined ? undefined : typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
      const before = await counts(userId);
      const res = await exports.default.fetch(new Request(`https://jianbao.example.workers.dev${request.path}`, { method: request.method, headers, body }));
      sent += 1;
      expect(res.status, `${request.method} ${request.path}`).toBeLessThan(500);
      if (res.status >= 400) {
        const json = (await res.json()) as { error?: { code?: unknown; message?: unknown } };
        expect(typeof json.error?.code).toBe('string');
        expect(typeof json.error?.message).toBe('string');
        expect(await counts(userId)).toEqual(before);
      } else {
        await res.body?.cancel();
      }
    }),
    { numRuns: 450, seed: 21 },
  );
  expect(sent).toBeGreaterThan(400);
}, 120_000);
