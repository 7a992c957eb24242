import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createUserWithToken, sampleArticle, storedState } from './test/helpers';

let token: string;
let userId: string;
beforeAll(async () => {
  ({ token, userId } = await createUserWithToken());
});

describe('GET /health and /openapi.json', () => {
  it('answers /health without a token', async () => {
    const res = await call('/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('serves an OpenAPI 3.1 document listing every route', async () => {
    const res = await call('/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/api/articles',
        '/api/articles/{id}',
        '/api/articles/{id}/summary',
        '/api/articles/{id}/versions',
        '/api/articles/{id}/versions/{version}',
        '/api/articles/{id}.md',
        '/api/clip',
        '/api/export',
        '/api/feeds',
        '/api/feeds/{id}',
        '/api/import',
        '/api/session',
        '/api/stories/backfill',
        '/api/stories/match',
        '/feeds/{feedToken}.atom',
        '/health',
        '/openapi.json',
      ].sort(),
    );
    expect(Object.keys(doc.paths['/api/articles']!).sort()).toEqual(['get', 'post']);
    expect(Object.keys(doc.paths['/api/articles/{id}']!).sort()).toEqual(['delete', 'get']);
  });
});

describe('authentication', () => {
  it('refuses /api without a token (401, error model)', async () => {
    const res = await call('/api/articles');
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await res.json()).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
  });

  it('refuses a wrong token of the right shape and a malformed one', async () => {
    const wrongSecret = token.slice(0, -4) + (token.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    for (const bad of [wrongSecret, 'jb_0000000000000000_' + 'A'.repeat(43), 'hello', token + 'x']) {
      const res = await call('/api/articles', { token: bad });
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
    }
  });

  it('stops accepting a token as soon as it is revoked', async () => {
    const other = await createUserWithToken();
    expect((await call('/api/articles', { token: other.token })).status).toBe(200);
    await env.DB.prepare('UPDATE tokens SET revoked_at = ?1 WHERE id = ?2').bind(new Date().toISOString(), other.tokenId).run();
    expect((await call('/api/articles', { token: other.token })).status).toBe(401);
  });

  it('stores only a hash of the token', async () => {
    const rows = await env.DB.prepare('SELECT * FROM tokens').all();
    expect(JSON.stringify(rows.results)).not.toContain(token.slice(20));
  });
});

describe('POST /api/articles', () => {
  it('stores a new article: 201 {id, version: 1, created: true}', async () => {
    const article = sampleArticle();
    const res = await call('/api/articles', { method: 'POST', token, json: article });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; version: number; created: boolean };
    expect(body).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), version: 1, created: true });
    expect(res.headers.get('location')).toBe(`/api/articles/${body.id}`);

    const got = await call(`/api/articles/${body.id}`, { token });
    expect(got.status).toBe(200);
    const stored = (await got.json()) as Record<string, unknown>;
    expect(stored).toMatchObject({ ...article, id: body.id, version: 1 });
    expect(Date.parse(stored.savedAt as string)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('answers 200 created:false for the same canonical URL and content, storing nothing', async () => {
    const article = sampleArticle();
    const first = (await (await call('/api/articles', { method: 'POST', token, json: article })).json()) as { id: string };
    const before = await storedState(userId);
    const again = await call('/api/articles', {
      method: 'POST',
      token,
      json: { ...article, url: `${article.url}?utm_source=x`, extractor: { name: 'jianbao', version: '9.9.9' } },
    });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ id: first.id, version: 1, created: false });
    expect(await storedState(userId)).toEqual(before);
  });

  it('stores changed content as a new version and keeps the old one', async () => {
    const article = sampleArticle();
    const first = (await (await call('/api/articles', { method: 'POST', token, json: article })).json()) as { id: string };
    const changed = { ...article, text: `${article.text}\n\n更新：督察组还通报了典型案例。` };
    const res = await call('/api/articles', { method: 'POST', token, json: changed });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ id: first.id, version: 2, created: true });
    const current = (await (await call(`/api/articles/${first.id}`, { token })).json()) as { text: string; version: number };
    expect(current).toMatchObject({ version: 2, text: changed.text });
    const versions = (await (await call(`/api/articles/${first.id}/versions`, { token })).json()) as {
      items: Array<{ version: number; current: boolean }>;
    };
    expect(versions.items.map((v) => [v.version, v.current])).toEqual([
      [2, true],
      [1, false],
    ]);
    const old = (await (await call(`/api/articles/${first.id}/versions/1`, { token })).json()) as { text: string };
    expect(old.text).toBe(article.text);
  });

  it('refuses malformed JSON with 400 invalid_json and stores nothing', async () => {
    const before = await storedState(userId);
    for (const body of ['{"title": ', 'not json', '', '\u0000']) {
      const res = await call('/api/articles', {
        method: 'POST',
        token,
        headers: { 'Content-Type': 'application/json' },
        body,
      });
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ error: { code: 'invalid_json', message: expect.any(String) } });
    }
    expect(await storedState(userId)).toEqual(before);
  });

  it('refuses a body that breaks the schema with 400 validation_failed naming the fields, storing nothing', async () => {
    const before = await storedState(userId);
    const res = await call('/api/articles', {
      method: 'POST',
      token,
      json: { ...sampleArticle(), url: 'javascript:alert(1)', title: 42, wordCount: -1 },
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string; fields: Array<{ path: string }> } };
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.fields.map((f) => f.path).sort()).toEqual(['title', 'url', 'wordCount']);
    expect(await storedState(userId)).toEqual(before);

    const notObject = await call('/api/articles', { method: 'POST', token, json: [1, 2, 3] });
    expect(notObject.status).toBe(400);
    expect(((await notObject.json()) as { error: { code: string } }).error.code).toBe('validation_failed');
    expect(await storedState(userId)).toEqual(before);
  });

  it('refuses a body over 2 MiB with 413, by Content-Length and by the streamed size', async () => {
    const before = await storedState(userId);
    const huge = JSON.stringify({ ...sampleArticle(), text: 'x'.repeat(2 * 1024 * 1024 + 10) });
    const declared = await call('/api/articles', {
      method: 'POST',
      token,
      headers: { 'Content-Type': 'application/json' },
      body: huge,
    });
    expect(declared.status).toBe(413);
    expect(await declared.json()).toEqual({ error: { code: 'payload_too_large', message: expect.any(String) } });

    // A stream with no Content-Length: the read itself is capped.
    const bytes = new TextEncoder().encode(huge);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 65536) controller.enqueue(bytes.subarray(i, i + 65536));
        controller.close();
      },
    });
    const streamed = await call('/api/articles', {
      method: 'POST',
      token,
      headers: { 'Content-Type': 'application/json' },
      body: stream,
      // @ts-expect-error duplex is needed for streamed request bodies
      duplex: 'half',
    });
    expect(streamed.status).toBe(413);
    expect(((await streamed.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
    expect(await storedState(userId)).toEqual(before);
  });

  it('refuses a non-JSON content type with 415', async () => {
    const before = await storedState(userId);
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', '']) {
      const res = await call('/api/articles', {
        method: 'POST',
        token,
        headers: type ? { 'Content-Type': type } : {},
        body: JSON.stringify(sampleArticle()),
      });
      expect(res.status).toBe(415);
      expect(await res.json()).toEqual({ error: { code: 'unsupported_media_type', message: expect.any(String) } });
    }
    expect(await storedState(userId)).toEqual(before);
  });
});

describe('reading and deleting', () => {
  it('lists newest first with a cursor', async () => {
    const { token: own } = await createUserWithToken();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await call('/api/articles', { method: 'POST', token: own, json: sampleArticle({ title: `第${i}篇` }) });
      ids.push(((await res.json()) as { id: string }).id);
    }
    const first = await call('/api/articles?limit=3', { token: own });
    expect(first.status).toBe(200);
    const page1 = (await first.json()) as { items: Array<{ id: string; title: string; excerpt: string }>; nextCursor: string };
    expect(page1.items.map((i) => i.id)).toEqual([ids[4], ids[3], ids[2]]);
    expect(page1.items[0]).toMatchObject({ title: '第4篇', site: 'news.example.com', lang: 'zh-Hans', authors: ['王成果'] });
    expect(page1.nextCursor).toEqual(expect.any(String));
    const page2 = (await (await call(`/api/articles?limit=3&cursor=${page1.nextCursor}`, { token: own })).json()) as {
      items: Array<{ id: string }>;
      nextCursor: string | null;
    };
    expect(page2.items.map((i) => i.id)).toEqual([ids[1], ids[0]]);
    expect(page2.nextCursor).toBeNull();
  });

  it('summarises an article: {id, lang, method, sentences, summary}', async () => {
    const res = await call('/api/articles', { method: 'POST', token, json: sampleArticle() });
    const { id } = (await res.json()) as { id: string };
    const summary = await call(`/api/articles/${id}/summary?sentences=2`, { token });
    expect(summary.status).toBe(200);
    const body = (await summary.json()) as { id: string; lang: string; method: string; sentences: string[]; summary: string };
    expect(body).toMatchObject({ id, version: 1, lang: 'zh-Hans', method: expect.any(String) });
    expect(body.sentences).toHaveLength(2);
    expect(body.summary).toBe(body.sentences.join(''));
    const bad = await call(`/api/articles/${id}/summary?sentences=0`, { token });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { fields: Array<{ path: string }> } }).error.fields[0]!.path).toBe('sentences');
  });

  it('deletes an article (204), after which it is 404 everywhere', async () => {
    const res = await call('/api/articles', { method: 'POST', token, json: sampleArticle() });
    const { id } = (await res.json()) as { id: string };
    const del = await call(`/api/articles/${id}`, { method: 'DELETE', token });
    expect(del.status).toBe(204);
    expect(await del.text()).toBe('');
    for (const path of [`/api/articles/${id}`, `/api/articles/${id}/summary`, `/api/articles/${id}/versions`]) {
      const gone = await call(path, { token });
      expect(gone.status).toBe(404);
      expect(await gone.json()).toEqual({ error: { code: 'not_found', message: 'No such article' } });
    }
    expect((await call(`/api/articles/${id}`, { method: 'DELETE', token })).status).toBe(404);
    const rows = await env.DB.prepare('SELECT COUNT(*) AS n FROM article_versions WHERE article_id = ?1').bind(id).first<{ n: number }>();
    expect(rows?.n).toBe(0);
  });

  it('answers 404 for unknown routes and ids, 400 for malformed ids, 405 for wrong methods', async () => {
    const unknown = await call('/api/articles/00000000-0000-4000-8000-000000000000', { token });
    expect(unknown.status).toBe(404);
    const route = await call('/nope', { token });
    expect(route.status).toBe(404);
    expect(await route.json()).toEqual({ error: { code: 'not_found', message: 'No such route' } });
    const malformed = await call('/api/articles/not-an-id', { token });
    expect(malformed.status).toBe(400);
    const method = await call('/api/articles', { method: 'PUT', token });
    expect(method.status).toBe(405);
    expect(method.headers.get('allow')).toBe('POST, GET');
  });
});

describe('CORS for the extension', () => {
  it('answers a preflight from an extension origin', async () => {
    const res = await call('/api/articles', {
      method: 'OPTIONS',
      headers: {
        Origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('chrome-extension://abcdefghijklmnopabcdefghijklmnop');
    expect(res.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    expect(res.headers.get('access-control-allow-methods')).toMatch(/POST/);
  });

  it('adds CORS headers for moz-extension origins and none for web origins', async () => {
    const ext = await call('/api/articles', { token, headers: { Origin: 'moz-extension://0f1e2d3c-aaaa-bbbb-cccc-000000000000' } });
    expect(ext.headers.get('access-control-allow-origin')).toBe('moz-extension://0f1e2d3c-aaaa-bbbb-cccc-000000000000');
    const web = await call('/api/articles', { token, headers: { Origin: 'https://evil.example' } });
    expect(web.headers.get('access-control-allow-origin')).toBeNull();
  });
});
