import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from './auth/authenticate';
import { call, callDirect, createUserWithToken, sampleArticle, storedState } from './test/helpers';

/**
 * POST /api/articles and GET /api/articles check their bearer token in their own statements
 * (router.ts checksOwnToken): a save in its one batch (articles/save-article.ts), a relevance
 * search in the batch that ranks (articles/list-articles.ts); no lookup of its own before. These
 * tests hold those paths to the same answers as every other route: a token that does not open the
 * API is a 401 that stores or shows nothing, revocation counts at once, and a bad token is a 401
 * whatever else is wrong with the request.
 */

/** A text long enough to have story band keys, so the save's batch also reads story candidates. */
function storyText(seed: string): string {
  return Array.from({ length: 12 }, (_, i) => `${seed}第${i}段：督察组指出，河北省环保工作取得积极进展，第${i}项整改任务已经完成并通过验收。`).join('\n\n');
}

/** Every row a save can write, for all users: nothing may change after a refused save. */
async function everything() {
  const [articles, versions, fts, bands, keys] = await Promise.all(
    ['articles', 'article_versions', 'articles_fts', 'story_bands', 'idempotency_keys'].map(
      async (table) => (await env.DB.prepare(`SELECT COUNT(*) AS n FROM ${table}`).first<{ n: number }>())?.n,
    ),
  );
  return { articles, versions, fts, bands, keys };
}

async function revoke(tokenId: string) {
  await env.DB.prepare('UPDATE tokens SET revoked_at = ?1 WHERE id = ?2').bind(new Date().toISOString(), tokenId).run();
}

describe('POST /api/articles checks its token in the save batch', () => {
  it('stores nothing for a token revoked after its last save, a new page with story candidates and a key alike (401)', async () => {
    const { token, tokenId, userId } = await createUserWithToken();
    const first = sampleArticle({ text: storyText('甲') });
    expect((await call('/api/articles', { method: 'POST', token, json: first })).status).toBe(201);
    await revoke(tokenId);
    const before = await everything();
    const mine = await storedState(userId);
    // A copy of the stored story (its candidates are read in the same batch) with a key.
    const res = await call('/api/articles', {
      method: 'POST',
      token,
      json: sampleArticle({ text: storyText('甲') }),
      headers: { 'Idempotency-Key': crypto.randomUUID() },
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toContain('Bearer');
    expect(await res.json()).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
    expect(await everything()).toEqual(before);
    expect(await storedState(userId)).toEqual(mine);
  });

  it('refuses a revoked token re-saving a page it stored (the planned path) with 401, storing nothing', async () => {
    const { token, tokenId, userId } = await createUserWithToken();
    const article = sampleArticle();
    expect((await call('/api/articles', { method: 'POST', token, json: article })).status).toBe(201);
    await revoke(tokenId);
    const before = await everything();
    const mine = await storedState(userId);
    const changed = await call('/api/articles', { method: 'POST', token, json: { ...article, text: `${article.text}\n\n补充一段。` } });
    expect(changed.status).toBe(401);
    expect(await everything()).toEqual(before);
    expect(await storedState(userId)).toEqual(mine);
  });

  it('refuses a wrong secret for a real token id, and a feed token, storing nothing', async () => {
    const { token, tokenId, userId } = await createUserWithToken();
    const forged = `jb_${tokenId}_${'A'.repeat(43)}`;
    const feedId = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');
    const feedToken = `jb_${feedId}_${'B'.repeat(43)}`;
    await env.DB.prepare("INSERT INTO tokens (id, user_id, name, kind, secret_hash, created_at) VALUES (?1, ?2, 'feed', 'feed', ?3, ?4)")
      .bind(feedId, userId, await sha256Hex(feedToken), new Date().toISOString())
      .run();
    const before = await everything();
    for (const bad of [forged, feedToken]) {
      const res = await call('/api/articles', { method: 'POST', token: bad, json: sampleArticle({ text: storyText('乙') }) });
      expect(res.status).toBe(401);
    }
    expect(await everything()).toEqual(before);
    // The real token still saves.
    expect((await call('/api/articles', { method: 'POST', token, json: sampleArticle() })).status).toBe(201);
  });

  it('answers 401 before any other refusal when the token is bad (body, key, size)', async () => {
    const { token, tokenId } = await createUserWithToken();
    await revoke(tokenId);
    const before = await everything();
    const refusals = [
      call('/api/articles', { method: 'POST', token, body: '{not json', headers: { 'Content-Type': 'application/json' } }),
      call('/api/articles', { method: 'POST', token, json: { title: 1 } }),
      call('/api/articles', { method: 'POST', token, json: sampleArticle(), headers: { 'Idempotency-Key': 'x'.repeat(500) } }),
      call('/api/articles', { method: 'POST', token, body: 'text', headers: { 'Content-Type': 'text/plain' } }),
      call('/api/articles', { method: 'POST', token, body: 'x'.repeat(3 * 1024 * 1024), headers: { 'Content-Type': 'application/json' } }),
    ];
    for (const res of await Promise.all(refusals)) expect(res.status).toBe(401);
    expect(await everything()).toEqual(before);
    // With a live token the same requests get their own answers.
    const live = await createUserWithToken();
    const invalid = await call('/api/articles', { method: 'POST', token: live.token, body: '{not json', headers: { 'Content-Type': 'application/json' } });
    expect(invalid.status).toBe(400);
  });

  it('does not spend a token’s write limit on requests presenting its id with a wrong secret', async () => {
    const { token, tokenId } = await createUserWithToken();
    const forged = `jb_${tokenId}_${'C'.repeat(43)}`;
    // More than the limit (120 a minute) of forged writes: each a 401, also once its own bucket is spent.
    for (let i = 0; i < 130; i++) {
      const res = await callDirect('/api/articles', { method: 'POST', token: forged, json: sampleArticle() });
      expect(res.status).toBe(401);
    }
    expect((await callDirect('/api/articles', { method: 'POST', token, json: sampleArticle() })).status).toBe(201);
  }, 60_000);
});

describe('GET /api/articles?q= checks its token in the search batch', () => {
  const search = (token: string, params: string) => call(`/api/articles?${params}`, { token });

  it('finds nothing for a revoked token or a wrong secret (401), first pages and cursors alike', async () => {
    const { token, tokenId } = await createUserWithToken();
    for (let i = 0; i < 3; i++) {
      expect((await call('/api/articles', { method: 'POST', token, json: sampleArticle({ title: `堤坝巡查${i}` }) })).status).toBe(201);
    }
    const first = await search(token, `q=${encodeURIComponent('堤坝')}&limit=1`);
    expect(first.status).toBe(200);
    const page = (await first.json()) as { items: unknown[]; nextCursor: string };
    expect(page.items).toHaveLength(1);
    const forged = `jb_${tokenId}_${'D'.repeat(43)}`;
    expect((await search(forged, `q=${encodeURIComponent('堤坝')}`)).status).toBe(401);
    expect((await search(forged, `q=${encodeURIComponent('堤坝')}&limit=1&cursor=${page.nextCursor}`)).status).toBe(401);
    await revoke(tokenId);
    const revoked = await search(token, `q=${encodeURIComponent('堤坝')}`);
    expect(revoked.status).toBe(401);
    expect(await revoked.json()).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
    expect((await search(token, `q=${encodeURIComponent('堤坝')}&limit=1&cursor=${page.nextCursor}`)).status).toBe(401);
    // Also where nothing is searched (only punctuation), a bad cursor or a bad filter: 401 first.
    for (const params of ['q=%21%21', 'q=x&cursor=nonsense', 'q=x&since=yesterday', 'q=x&sort=newest', '']) {
      expect((await search(token, params)).status).toBe(401);
    }
  });

  it('stores a ranking only when there is a next page', async () => {
    const { token } = await createUserWithToken();
    const word = `tern${crypto.randomUUID().slice(0, 8)}`;
    for (let i = 0; i < 3; i++) {
      await call('/api/articles', { method: 'POST', token, json: sampleArticle({ title: `${word} report ${i}`, lang: 'en' }) });
    }
    const count = async () => (await env.DB.prepare('SELECT COUNT(*) AS n FROM search_snapshots').first<{ n: number }>())?.n;
    const before = await count();
    const single = (await (await search(token, `q=${word}`)).json()) as { items: unknown[]; nextCursor: string | null };
    expect(single.items).toHaveLength(3);
    expect(single.nextCursor).toBeNull();
    expect(await count()).toBe(before);
    const paged = (await (await search(token, `q=${word}&limit=2`)).json()) as { items: unknown[]; nextCursor: string | null };
    expect(paged.items).toHaveLength(2);
    expect(await count()).toBe(before! + 1);
    const last = (await (await search(token, `q=${word}&limit=2&cursor=${paged.nextCursor}`)).json()) as { items: unknown[]; nextCursor: string | null };
    expect(last.items).toHaveLength(1);
    expect(last.nextCursor).toBeNull();
  });
});
