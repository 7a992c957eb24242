import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import worker from './index';
import { createUserWithToken, sampleArticle } from './test/helpers';

/**
 * Fuzz: well over 1,000 malformed or hostile requests (random JSON, wrong types, huge strings, SQL
 * and HTML injection, bad UTF-8, wrong methods, content types and tokens). Every answer must be
 * below 500; every error must be the JSON error model; stored data must not change.
 */

const HOSTILE_STRINGS = [
  "' OR 1=1 --",
  "'; DROP TABLE articles; --",
  '" OR ""="',
  '1; DELETE FROM tokens',
  "x') UNION SELECT secret_hash FROM tokens --",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '"><svg onload=alert(1)>',
  'NEAR(a b)',
  '"',
  '*',
  'title:*',
  '^',
  '\u0000',
  '\uFFFF',
  '\uD800',
  '\u202E',
  '%00',
  '../../etc/passwd',
  '${7*7}',
  '__proto__',
  'constructor',
  '环保\u0000督察',
  '😀'.repeat(50),
  'a'.repeat(5000),
];

const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
);
/** Huge strings, used one at a time (a body stays within what a client could send). */
const hugeString = fc.integer({ min: 10_000, max: 1_500_000 }).map((n) => '长'.repeat(n));

/** Any JSON-ish value in the wrong place. */
const wrongValue = fc.oneof(
  hostileString,
  hugeString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(hostileString, { maxLength: 60 }),
  fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }),
);

const ARTICLE_FIELDS = Object.keys(sampleArticle()) as Array<keyof ReturnType<typeof sampleArticle>>;
const REQUIRED_FIELDS = ['url', 'canonicalUrl', 'title', 'lang', 'text', 'wordCount', 'extractor'] as const;

/** An article that breaks the schema in at least one way (so nothing may be stored). */
const brokenArticle = fc
  .record({
    drop: fc.constantFrom(...REQUIRED_FIELDS),
    mode: fc.constantFrom('drop', 'wrong'),
    field: fc.constantFrom(...REQUIRED_FIELDS),
    value: wrongValue,
    extra: fc.dictionary(fc.constantFrom(...ARTICLE_FIELDS), hostileString, { maxKeys: 3 }),
  })
  .map(({ drop, mode, field, value, extra }) => {
    const article: Record<string, unknown> = { ...sampleArticle(), ...extra };
    if (mode === 'drop') delete article[drop];
    else article[field] = typeof value === 'string' && field !== 'wordCount' && field !== 'extractor' ? 42 : value;
    // Make sure it really breaks the schema: an id-like required field of the wrong type.
    if (typeof article.wordCount === 'number' && mode === 'drop' && drop !== 'wordCount') article.title = article.title ?? null;
    return article;
  });

interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
}

/** Percent-encodes every byte (lone surrogates become U+FFFD, as a client would send them). */
const enc = (text: string) => Array.from(new TextEncoder().encode(text), (b) => `%${b.toString(16).padStart(2, '0')}`).join('');

const methods = fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'TRACE', 'PROPFIND');
const paths = fc.oneof(
  fc.constantFrom('/api/articles', '/api/articles/', '/health', '/openapi.json', '/', '/api', '/api/export', '/api/articles/%FF%FE', '/api/articles?q=%', '/api/articles?q=%E7%8E'),
  hostileString.map((s) => `/api/articles/${enc(s.slice(0, 300))}`),
  hostileString.map((s) => `/api/articles/${enc(s.slice(0, 100))}/summary?sentences=${enc(s.slice(0, 50))}`),
  hostileString.map((s) => `/api/articles/${enc(s.slice(0, 100))}/versions/${enc(s.slice(0, 20))}`),
  fc
    .record({ key: fc.constantFrom('q', 'site', 'lang', 'since', 'until', 'limit', 'cursor', 'sort'), value: hostileString })
    .map(({ key, value }) => `/api/articles?${key}=${enc(value.slice(0, 2000))}`),
);

let tokens: string[] = [];
let userIds: string[] = [];
const authHeader = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 19 }).map((i) => `Bearer ${tokens[i]}`) },
  { weight: 1, arbitrary: hostileString.map((s) => `Bearer ${s.replace(/[\r\n\u0000-\u001f\u007f-\uffff]/g, '').slice(0, 500)}`) },
  { weight: 1, arbitrary: fc.constant('') },
);

const contentTypes = fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'multipart/form-data', '', 'application/xml');

const bodies = fc.oneof(
  // Huge: over 2 MiB once encoded when the string is long enough.
  hugeString.map((text) => JSON.stringify({ ...sampleArticle(), text, wordCount: 'many' })),
  brokenArticle.map((a) => JSON.stringify(a)),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.string({ maxLength: 500 }),
  fc.uint8Array({ minLength: 1, maxLength: 500 }).map((b) => Uint8Array.from([0xff, 0xfe, ...b])),
  brokenArticle.map((a) => JSON.stringify(a).slice(0, -3)),
);

const requests: fc.Arbitrary<FuzzRequest> = fc.oneof(
  // Hostile writes: always invalid in some way.
  fc.record({ method: fc.constant('POST'), path: fc.constant('/api/articles'), auth: authHeader, type: contentTypes, body: bodies }).map(
    ({ method, path, auth, type, body }) => ({ method, path, headers: { Authorization: auth, 'Content-Type': type }, body }),
  ),
  // Anything anywhere.
  fc.record({ method: methods, path: paths, auth: authHeader, type: contentTypes, body: fc.option(bodies, { nil: undefined }) }).map(
    ({ method, path, auth, type, body }) => ({
      method,
      path,
      headers: { Authorization: auth, 'Content-Type': type },
      body: method === 'GET' || method === 'HEAD' || method === 'POST' ? undefined : body,
    }),
  ),
);

/** Everything stored for the fuzzed users (scoped, so other test files cannot disturb it). */
async function snapshot() {
  const users = JSON.stringify(userIds);
  const query = (sql: string) => env.DB.prepare(sql).bind(users).all().then((r) => r.results);
  return {
    users: await query('SELECT * FROM users WHERE id IN (SELECT value FROM json_each(?1)) ORDER BY id'),
    tokens: await query('SELECT * FROM tokens WHERE user_id IN (SELECT value FROM json_each(?1)) ORDER BY id'),
    articles: await query('SELECT * FROM articles WHERE user_id IN (SELECT value FROM json_each(?1)) ORDER BY seq'),
    versions: await query(
      'SELECT v.* FROM article_versions v JOIN articles a ON a.id = v.article_id WHERE a.user_id IN (SELECT value FROM json_each(?1)) ORDER BY 1, 2',
    ),
    summaries: await query(
      'SELECT s.* FROM summaries s JOIN articles a ON a.id = s.article_id WHERE a.user_id IN (SELECT value FROM json_each(?1)) ORDER BY 1, 2, 3',
    ),
    idempotency: await query('SELECT * FROM idempotency_keys WHERE user_id IN (SELECT value FROM json_each(?1)) ORDER BY 1, 2'),
    fts: await query(
      'SELECT f.rowid, f.* FROM articles_fts f JOIN articles a ON a.seq = f.rowid WHERE a.user_id IN (SELECT value FROM json_each(?1)) ORDER BY f.rowid',
    ),
  };
}

beforeAll(async () => {
  tokens = [];
  userIds = [];
  for (let i = 0; i < 20; i++) {
    const created = await createUserWithToken();
    tokens.push(created.token);
    userIds.push(created.userId);
  }
  // Something stored, so deletes and reads have targets that must survive.
  const res = await exports.default.fetch(
    new Request('http://jianbao.test/api/articles', {
      method: 'POST',
      headers: { Authorization: `Bearer ${tokens[0]}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(sampleArticle()),
    }),
  );
  expect(res.status).toBe(201);
});

it('survives 1,200 hostile requests: no 500, always the error model, stored data unchanged', async () => {
  const before = await snapshot();
  const seen = new Map<number, number>();
  let count = 0;
  const started = Date.now();
  await fc.assert(
    fc.asyncProperty(requests, async (req) => {
      // The Worker's own fetch handler with the test's real bindings: exports.default.fetch gets
      // slower with every call in the test pool, which 1,200 calls make very visible.
      const ctx = createExecutionContext();
      const res = await worker.fetch(
        new Request(`http://jianbao.test${req.path}`, { method: req.method, headers: req.headers, body: req.body }),
        env,
        ctx,
      );
      await waitOnExecutionContext(ctx);
      seen.set(res.status, (seen.get(res.status) ?? 0) + 1);
      count += 1;
      expect(res.status).toBeLessThan(500);
      if (req.method === 'HEAD') return;
      if (res.status >= 400) {
        const body = (await res.json()) as { error: { code: string; message: string } };
        expect(Object.keys(body)).toEqual(['error']);
        expect(body.error.code).toMatch(/^[a-z_]+$/);
        expect(typeof body.error.message).toBe('string');
      } else if (/application\/json/.test(res.headers.get('content-type') ?? '')) {
        await res.json(); // well-formed (the reader page, Markdown and feeds answer other types)
      } else {
        await res.arrayBuffer();
      }
    }),
    { numRuns: 1200, seed: 20261125, endOnFailure: true },
  );
  console.log(`fuzz: ${count} requests in ${Date.now() - started} ms`, Object.fromEntries(seen));
  expect(count).toBeGreaterThanOrEqual(1200);
  expect((before.articles as unknown[]).length).toBe(1);
  expect(await snapshot()).toEqual(before);
  // The run covered the error model broadly, not just one status.
  for (const status of [400, 401, 404, 405, 413, 415]) expect(seen.get(status) ?? 0, `status ${status}`).toBeGreaterThan(0);
}, 120_000);
