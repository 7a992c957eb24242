import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, callDirect, createUserWithToken, sampleArticle, storedState } from './test/helpers';

type SaveBody = { id: string; version: number; created: boolean };

describe('Idempotency-Key', () => {
  it('replays the first answer to a retry and stores nothing twice', async () => {
    const { token, userId } = await createUserWithToken();
    const article = sampleArticle();
    const key = crypto.randomUUID();
    const first = await call('/api/articles', { method: 'POST', token, json: article, headers: { 'Idempotency-Key': key } });
    expect(first.status).toBe(201);
    const firstBody = (await first.json()) as SaveBody;
    const before = await storedState(userId);
    const retry = await call('/api/articles', { method: 'POST', token, json: article, headers: { 'Idempotency-Key': key } });
    expect(retry.status).toBe(201);
    expect(await retry.json()).toEqual(firstBody);
    expect(await storedState(userId)).toEqual(before);
  });

  it('stores a clip exactly once when retries race each other', async () => {
    const { token, userId } = await createUserWithToken();
    const clips = Array.from({ length: 5 }, () => ({ article: sampleArticle(), key: crypto.randomUUID() }));
    // Every clip sent 4 times at once.
    const answers = await Promise.all(
      clips.flatMap(({ article, key }) =>
        Array.from({ length: 4 }, () => call('/api/articles', { method: 'POST', token, json: article, headers: { 'Idempotency-Key': key } })),
      ),
    );
    const bodies = await Promise.all(answers.map(async (res) => ({ status: res.status, body: (await res.json()) as SaveBody })));
    for (let c = 0; c < clips.length; c++) {
      const group = bodies.slice(c * 4, c * 4 + 4);
      expect(group.map((g) => g.status)).toEqual([201, 201, 201, 201]);
      expect(new Set(group.map((g) => g.body.id)).size).toBe(1);
      expect(group.every((g) => g.body.version === 1 && g.body.created)).toBe(true);
    }
    const state = await storedState(userId);
    expect(state.articles).toHaveLength(5);
    expect(state.versions).toHaveLength(5);
  });

  it('stores one article when different requests for the same URL race (no key)', async () => {
    const { token, userId } = await createUserWithToken();
    const article = sampleArticle();
    const answers = await Promise.all(Array.from({ length: 6 }, () => call('/api/articles', { method: 'POST', token, json: article })));
    const statuses = answers.map((res) => res.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 201]);
    expect((await storedState(userId)).articles).toHaveLength(1);
  });

  it('refuses a key reused with another body (422) and stores nothing', async () => {
    const { token, userId } = await createUserWithToken();
    const key = crypto.randomUUID();
    await call('/api/articles', { method: 'POST', token, json: sampleArticle(), headers: { 'Idempotency-Key': key } });
    const before = await storedState(userId);
    const res = await call('/api/articles', { method: 'POST', token, json: sampleArticle(), headers: { 'Idempotency-Key': key } });
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({ error: { code: 'idempotency_key_reused', message: expect.any(String) } });
    expect(await storedState(userId)).toEqual(before);
  });

  it('refuses a malformed key with 400 validation_failed', async () => {
    const { token } = await createUserWithToken();
    const res = await call('/api/articles', { method: 'POST', token, json: sampleArticle(), headers: { 'Idempotency-Key': 'has space' } });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; fields: Array<{ path: string }> } };
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.fields[0]!.path).toBe('Idempotency-Key');
  });

  it('keeps keys per user: the same key from two users stores two articles', async () => {
    const a = await createUserWithToken();
    const b = await createUserWithToken();
    const key = crypto.randomUUID();
    const ra = await call('/api/articles', { method: 'POST', token: a.token, json: sampleArticle(), headers: { 'Idempotency-Key': key } });
    const rb = await call('/api/articles', { method: 'POST', token: b.token, json: sampleArticle(), headers: { 'Idempotency-Key': key } });
    expect(ra.status).toBe(201);
    expect(rb.status).toBe(201);
    expect(((await ra.json()) as SaveBody).id).not.toBe(((await rb.json()) as SaveBody).id);
  });
});

describe('users are isolated', () => {
  it("never shows, finds, summarises, versions or deletes another user's article (404)", async () => {
    const owner = await createUserWithToken();
    const other = await createUserWithToken();
    const article = sampleArticle({ title: '只属于甲的独家报道', text: '独家内容：甲用户的秘密剪报。' });
    const { id } = (await (await call('/api/articles', { method: 'POST', token: owner.token, json: article })).json()) as SaveBody;
    const before = await storedState(owner.userId);
    for (const path of [`/api/articles/${id}`, `/api/articles/${id}/summary`, `/api/articles/${id}/versions`, `/api/articles/${id}/versions/1`]) {
      const res = await call(path, { token: other.token });
      expect(res.status, path).toBe(404);
      expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'No such article' } });
    }
    const del = await call(`/api/articles/${id}`, { method: 'DELETE', token: other.token });
    expect(del.status).toBe(404);
    const list = (await (await call(`/api/articles?q=${encodeURIComponent('独家')}`, { token: other.token })).json()) as { items: unknown[] };
    expect(list.items).toEqual([]);
    const all = (await (await call('/api/articles?limit=100', { token: other.token })).json()) as { items: unknown[] };
    expect(all.items).toEqual([]);
    expect(await storedState(owner.userId)).toEqual(before);
    // The same URL saved by the other user is their own article, not a version of the first.
    const theirs = await call('/api/articles', { method: 'POST', token: other.token, json: article });
    expect(theirs.status).toBe(201);
    expect(((await theirs.json()) as SaveBody).id).not.toBe(id);
  });

  it("does not let a ranked-search cursor of one user page another user's results", async () => {
    const owner = await createUserWithToken();
    const other = await createUserWithToken();
    for (let i = 0; i < 3; i++) {
      await call('/api/articles', { method: 'POST', token: owner.token, json: sampleArticle({ title: `私密${i}` }) });
    }
    const page = (await (await call(`/api/articles?q=${encodeURIComponent('私密')}&limit=1`, { token: owner.token })).json()) as {
      nextCursor: string;
    };
    const stolen = await call(`/api/articles?q=${encodeURIComponent('私密')}&limit=1&cursor=${page.nextCursor}`, { token: other.token });
    expect(stolen.status).toBe(400);
  });
});

describe('write rate limit', () => {
  it('answers 429 with Retry-After once a token writes too fast, storing nothing more', async () => {
    const { token, userId } = await createUserWithToken();
    let limited: Response | undefined;
    let accepted = 0;
    for (let i = 0; i < 400 && !limited; i++) {
      const res = await callDirect('/api/articles', { method: 'POST', token, json: sampleArticle() });
      if (res.status === 429) limited = res;
      else {
        expect(res.status).toBe(201);
        accepted += 1;
      }
    }
    expect(limited).toBeDefined();
    expect(accepted).toBeGreaterThanOrEqual(100);
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited!.json()).toEqual({ error: { code: 'rate_limited', message: expect.any(String) } });
    expect((await storedState(userId)).articles).toHaveLength(accepted);
    // Reads are not limited, and another token is not affected.
    expect((await call('/api/articles', { token })).status).toBe(200);
    const fresh = await createUserWithToken();
    expect((await call('/api/articles', { method: 'POST', token: fresh.token, json: sampleArticle() })).status).toBe(201);
  }, 60_000);
});

describe('the Worker cleans what it stores', () => {
  it('sanitises the html field itself', async () => {
    const { token } = await createUserWithToken();
    const html =
      '<p onclick="steal()">正文<script>alert(1)</script><img src=x onerror=alert(1)>' +
      '<a href="javascript:alert(1)">链接</a><a href="https://example.com/a?b=1&c=2">好链接</a></p>' +
      '<iframe src="https://evil.example"></iframe><style>p{}</style><svg><script>1</script></svg>';
    const res = await call('/api/articles', { method: 'POST', token, json: sampleArticle({ html }) });
    const { id } = (await res.json()) as SaveBody;
    const stored = (await (await call(`/api/articles/${id}`, { token })).json()) as { html: string; flags: string[] };
    expect(stored.html).toBe('<p>正文<img><a>链接</a><a href="https://example.com/a?b=1&amp;c=2">好链接</a></p>');
    expect(stored.flags).toContain('html-sanitised');
  });

  it('caps the stored text and flags the truncation instead of refusing the clip', async () => {
    const { token } = await createUserWithToken();
    const text = '长'.repeat(400_000); // 1.2 MB of UTF-8, over the 512 KiB text cap
    const res = await call('/api/articles', { method: 'POST', token, json: sampleArticle({ text, html: '' }) });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as SaveBody;
    const stored = (await (await call(`/api/articles/${id}`, { token })).json()) as { text: string; flags: string[] };
    expect(new TextEncoder().encode(stored.text).byteLength).toBeLessThanOrEqual(512 * 1024);
    expect(stored.text.length).toBeGreaterThan(170_000);
    expect(stored.flags).toContain('text-truncated');
  });
});

describe('summaries', () => {
  it('honours sentences=1..10 and caches per version (a second request does no work)', async () => {
    const { token } = await createUserWithToken();
    const text = Array.from({ length: 12 }, (_, i) => `这是第${i + 1}句话，讲述环保督察的第${i + 1}个要点。`).join('');
    const article = sampleArticle({ text });
    const { id } = (await (await call('/api/articles', { method: 'POST', token, json: article })).json()) as SaveBody;
    for (const n of [1, 3, 10]) {
      const body = (await (await call(`/api/articles/${id}/summary?sentences=${n}`, { token })).json()) as { sentences: string[] };
      expect(body.sentences).toHaveLength(n);
    }
    const defaults = (await (await call(`/api/articles/${id}/summary`, { token })).json()) as { sentences: string[] };
    expect(defaults.sentences).toHaveLength(3);
    for (const bad of ['11', '-1', '2.5', 'x']) {
      expect((await call(`/api/articles/${id}/summary?sentences=${bad}`, { token })).status).toBe(400);
    }
    // Mark the cached row: if the next answer carries the mark, it came from the cache.
    await env.DB.prepare("UPDATE summaries SET data = json_set(data, '$.method', 'cached-marker') WHERE article_id = ?1 AND sentences = 3")
      .bind(id)
      .run();
    const cached = (await (await call(`/api/articles/${id}/summary`, { token })).json()) as { method: string };
    expect(cached.method).toBe('cached-marker');
    // A new version gets its own summary.
    await call('/api/articles', { method: 'POST', token, json: { ...article, text: `${text}新增的一句话。` } });
    const fresh = (await (await call(`/api/articles/${id}/summary`, { token })).json()) as { method: string; version: number };
    expect(fresh.version).toBe(2);
    expect(fresh.method).not.toBe('cached-marker');
  });
});
