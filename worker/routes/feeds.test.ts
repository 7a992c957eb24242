import { XMLValidator } from 'fast-xml-parser';
import { parseAtomFeed } from 'feedsmith';
import { describe, expect, it } from 'vitest';
import { call, createUserWithToken, sampleArticle } from '../test/helpers';

async function createFeed(token: string): Promise<{ id: string; token: string; url: string }> {
  const res = await call('/api/feeds', { method: 'POST', token, json: { name: 'My reader' } });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; token: string; url: string };
}

function feedPath(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

describe('Atom feeds', () => {
  it('serves a valid Atom feed of the user’s clips, and of a search', async () => {
    const { token } = await createUserWithToken();
    await call('/api/articles', { method: 'POST', token, json: sampleArticle({ title: '河北环保督察整改' }) });
    await call('/api/articles', {
      method: 'POST',
      token,
      json: sampleArticle({ title: 'Markets & <stocks>', lang: 'en', text: 'Stocks rose today.', html: '<p>Stocks rose today.</p>', source: 'Wire' }),
    });
    const feed = await createFeed(token);
    expect(feed.url).toMatch(/^http:\/\/jianbao\.test\/feeds\/jb_[0-9a-f]{16}_[A-Za-z0-9_-]{43}\.atom$/);

    const res = await call(feedPath(feed.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await res.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = parseAtomFeed(xml);
    expect(parsed.id).toBeTruthy();
    expect(parsed.updated).toBeTruthy();
    const titles = (parsed.entries ?? []).map((entry) => entry.title?.value);
    expect(titles).toEqual(['Markets & <stocks>', '河北环保督察整改']);
    for (const entry of parsed.entries ?? []) {
      expect(entry.id).toBeTruthy();
      expect(entry.updated).toBeTruthy();
      expect(entry.links?.[0]?.href).toMatch(/^https:\/\/news\.example\.com\//);
    }

    const search = parseAtomFeed(await (await call(`${feedPath(feed.url)}?q=${encodeURIComponent('环保')}`)).text());
    expect((search.entries ?? []).map((entry) => entry.title?.value)).toEqual(['河北环保督察整改']);
  });

  it('answers 304 to a reader that has the current feed', async () => {
    const { token } = await createUserWithToken();
    const feed = await createFeed(token);
    const first = await call(feedPath(feed.url));
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await call(feedPath(feed.url), { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
  });

  it('feed tokens open only their feed, API tokens open no feed', async () => {
    const { token } = await createUserWithToken();
    const feed = await createFeed(token);
    expect((await call('/api/articles', { token: feed.token })).status).toBe(401);
    expect((await call('/api/feeds', { token: feed.token })).status).toBe(401);
    expect((await call(`/feeds/${token}.atom`)).status).toBe(404);
    expect((await call('/feeds/not-a-token.atom')).status).toBe(404);
  });

  it('lists and revokes feed tokens; a revoked feed is 404 at once', async () => {
    const { token } = await createUserWithToken();
    const other = await createUserWithToken();
    const feed = await createFeed(token);
    const list = (await (await call('/api/feeds', { token })).json()) as { items: Array<{ id: string; name: string }> };
    expect(list.items).toEqual([expect.objectContaining({ id: feed.id, name: 'My reader' })]);
    expect(JSON.stringify(list)).not.toContain(feed.token);

    expect((await call(`/api/feeds/${feed.id}`, { method: 'DELETE', token: other.token })).status).toBe(404);
    expect((await call(feedPath(feed.url))).status).toBe(200);
    expect((await call(`/api/feeds/${feed.id}`, { method: 'DELETE', token })).status).toBe(204);
    const gone = await call(feedPath(feed.url));
    expect(gone.status).toBe(404);
    expect(((await gone.json()) as { error: { code: string } }).error.code).toBe('not_found');
    expect(((await (await call('/api/feeds', { token })).json()) as { items: unknown[] }).items).toEqual([]);
  });
});
