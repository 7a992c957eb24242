import { env } from 'cloudflare:workers';
import { beforeAll, describe, expect, it } from 'vitest';
import { listQuerySchema } from './api-schemas';
import { listArticles } from './articles/list-articles';
import { call, createUserWithToken, sampleArticle } from './test/helpers';

interface ListBody {
  items: Array<{ id: string; title: string; snippet?: string; site: string; lang: string }>;
  nextCursor: string | null;
}

let token: string;
const ids: Record<string, string> = {};

async function save(key: string, overrides: Parameters<typeof sampleArticle>[0]) {
  const res = await call('/api/articles', { method: 'POST', token, json: sampleArticle(overrides) });
  expect(res.status).toBe(201);
  ids[key] = ((await res.json()) as { id: string }).id;
}

async function search(query: string): Promise<ListBody> {
  const res = await call(`/api/articles?${query}`, { token });
  expect(res.status).toBe(200);
  return (await res.json()) as ListBody;
}

const found = async (query: string) => (await search(query)).items.map((item) => item.id);

beforeAll(async () => {
  ({ token } = await createUserWithToken());
  await save('env', {
    title: '河北召开会议',
    text: '今天，中央环保督察组向河北省反馈督察情况。会议还研究了其他事项。',
    canonicalUrl: 'https://news.hebnews.cn/a/1.html',
    url: 'https://news.hebnews.cn/a/1.html',
  });
  await save('trad', {
    title: '香港立法會通過條例',
    subtitle: undefined,
    text: '立法會今日三讀通過《環境保護條例》修訂，環保團體表示歡迎。',
    lang: 'zh-Hant',
    authors: ['陳大文'],
    source: '明報',
    canonicalUrl: 'https://news.mingpao.com/b/2.html',
    url: 'https://news.mingpao.com/b/2.html',
  });
  await save('en', {
    title: 'Climate talks stall in Bonn',
    subtitle: undefined,
    text: 'Negotiators in Bonn failed to agree on CLIMATE finance. The talks resume in November.',
    lang: 'en',
    authors: ['Jane Doe'],
    source: 'Reuters',
    canonicalUrl: 'https://www.reuters.com/world/climate-1',
    url: 'https://www.reuters.com/world/climate-1',
  });
});

describe('full-text search', () => {
  it('finds Chinese by any run of two or more characters', async () => {
    expect((await found('q=环保')).sort()).toEqual([ids.env, ids.trad].sort()); // 環保 in the traditional one
    expect(await found('q=央环')).toEqual([ids.env]);
    expect(await found('q=督察组向河北')).toEqual([ids.env]);
    expect(await found('q=环保督察组向河北省反馈督察情况')).toEqual([ids.env]);
    expect(await found('q=环督')).toEqual([]);
  });

  it('matches traditional and simplified forms of the same words', async () => {
    expect(await found(`q=${encodeURIComponent('環保')}`)).toEqual(expect.arrayContaining([ids.env, ids.trad]));
    expect(await found(`q=${encodeURIComponent('立法会')}`)).toEqual([ids.trad]);
    expect(await found(`q=${encodeURIComponent('陈大文')}`)).toEqual([ids.trad]);
  });

  it('finds English by word, case-insensitively, not by part of a word', async () => {
    expect(await found('q=climate')).toEqual([ids.en]);
    expect(await found('q=BONN')).toEqual([ids.en]);
    expect(await found('q=negotiators%20finance')).toEqual([ids.en]);
    expect(await found('q=clim')).toEqual([]);
    expect(await found('q=climate%20hebei')).toEqual([]);
  });

  it('searches authors and source, and ranks a headline hit first', async () => {
    expect(await found('q=reuters')).toEqual([ids.en]);
    expect(await found('q=jane')).toEqual([ids.en]);
    expect((await found('q=会议'))[0]).toBe(ids.env);
  });

  it('returns highlighted, escaped snippets', async () => {
    const { items } = await search('q=CLIMATE');
    expect(items[0]!.snippet).toContain('<mark>CLIMATE</mark> finance');
    const zh = await search(`q=${encodeURIComponent('环保')}`);
    const env = zh.items.find((item) => item.id === ids.env)!;
    expect(env.snippet).toContain('中央<mark>环保</mark>督察组');
  });

  it('highlights hits written in the other script', async () => {
    const zh = await search(`q=${encodeURIComponent('環保')}`);
    const env = zh.items.find((item) => item.id === ids.env)!;
    expect(env.snippet).toContain('中央<mark>环保</mark>督察组');
    const trad = zh.items.find((item) => item.id === ids.trad)!;
    expect(trad.snippet).toContain('<mark>環保</mark>團體');
  });

  it('treats query syntax as text (no errors, no injection)', async () => {
    for (const q of ['"', 'climate OR', 'NEAR(a b)', '*', "'; DROP TABLE articles; --", 'title:climate', '-climate', '^bonn']) {
      const res = await call(`/api/articles?q=${encodeURIComponent(q)}`, { token });
      expect(res.status).toBe(200);
    }
    expect(await found(`q=${encodeURIComponent('"climate"')}`)).toEqual([ids.en]);
  });
});

describe('filters and paging', () => {
  it('filters by site (host or subdomain), lang, since and until', async () => {
    expect(await found('site=reuters.com')).toEqual([ids.en]);
    expect(await found('site=hebnews.cn')).toEqual([ids.env]);
    expect(await found('lang=en')).toEqual([ids.en]);
    expect((await found('lang=zh')).sort()).toEqual([ids.env, ids.trad].sort());
    expect(await found('lang=zh-Hant')).toEqual([ids.trad]);
    expect(await found('since=2999-01-01')).toEqual([]);
    expect((await found('until=2999-01-01')).length).toBe(3);
    expect(await found('until=2000-01-01')).toEqual([]);
    expect(await found('q=climate&site=hebnews.cn')).toEqual([]);
  });

  it('refuses bad filter values with 400 validation_failed naming the parameter', async () => {
    for (const [query, field] of [
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['limit=abc', 'limit'],
      ['since=yesterday', 'since'],
      ['site=%25', 'site'],
      ['cursor=garbage', 'cursor'],
      ['sort=random', 'sort'],
    ] as const) {
      const res = await call(`/api/articles?${query}`, { token });
      expect(res.status, query).toBe(400);
      const body = (await res.json()) as { error: { code: string; fields: Array<{ path: string }> } };
      expect(body.error.code).toBe('validation_failed');
      expect(body.error.fields.map((f) => f.path)).toContain(field);
    }
  });

  it('pages search results with a cursor that stays stable while articles arrive', async () => {
    const { token: own } = await createUserWithToken();
    const mine: string[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await call('/api/articles', {
        method: 'POST',
        token: own,
        json: sampleArticle({ title: `环保报道第${i}篇`, text: `环保${'环保'.repeat(i)}。第${i}篇报道的正文。` }),
      });
      mine.push(((await res.json()) as { id: string }).id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await call(`/api/articles?q=${encodeURIComponent('环保')}&limit=3${cursor ? `&cursor=${cursor}` : ''}`, { token: own });
      const body = (await res.json()) as ListBody;
      seen.push(...body.items.map((item) => item.id));
      cursor = body.nextCursor;
      pages += 1;
      // New matching articles arriving between pages must not shift or repeat the pages.
      await call('/api/articles', { method: 'POST', token: own, json: sampleArticle({ title: `新到环保报道${pages}` }) });
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen.sort()).toEqual([...mine].sort());

    // Without q, newest first, also stable: a page after the cursor never shows newer articles.
    const first = (await (await call('/api/articles?limit=2', { token: own })).json()) as ListBody;
    await call('/api/articles', { method: 'POST', token: own, json: sampleArticle({ title: '最新' }) });
    const second = (await (await call(`/api/articles?limit=2&cursor=${first.nextCursor}`, { token: own })).json()) as ListBody;
    expect(second.items.some((item) => first.items.some((f) => f.id === item.id))).toBe(false);
    expect(second.items.some((item) => item.title === '最新')).toBe(false);
  });

  it('reindexes a changed version: the old text is no longer found', async () => {
    const { token: own } = await createUserWithToken();
    const article = sampleArticle({ title: '初稿', text: '原来的内容提到了沙尘暴。' });
    const { id } = (await (await call('/api/articles', { method: 'POST', token: own, json: article })).json()) as { id: string };
    await call('/api/articles', { method: 'POST', token: own, json: { ...article, text: '更新后的内容改谈洪水。' } });
    const hits = async (q: string) =>
      ((await (await call(`/api/articles?q=${encodeURIComponent(q)}`, { token: own })).json()) as ListBody).items.map((i) => i.id);
    expect(await hits('沙尘暴')).toEqual([]);
    expect(await hits('洪水')).toEqual([id]);
  });
});

describe('the ranking window (a relevance search ranks the newest matches)', () => {
  // The Worker ranks the newest RANK_WINDOW (2,000) matches; listArticles takes a smaller window
  // here so that a handful of articles shows what happens beyond it.
  const WINDOW = 3;
  let userId: string;
  const saved: string[] = []; // oldest first

  beforeAll(async () => {
    const own = await createUserWithToken();
    userId = own.userId;
    // Five matches of "levee", oldest first. The oldest and the third newest have it in the
    // headline (the best bm25 scores); the two newest are on another site.
    const specs = [
      { title: 'Levee breaks upstream', site: 'a.example' },
      { title: 'River news', site: 'a.example' },
      { title: 'Levee holds downstream', site: 'a.example' },
      { title: 'Town meeting', site: 'b.example' },
      { title: 'Weather outlook', site: 'b.example' },
    ];
    for (const [i, spec] of specs.entries()) {
      const url = `https://${spec.site}/levee-${i}`;
      const res = await call('/api/articles', {
        method: 'POST',
        token: own.token,
        json: sampleArticle({ title: spec.title, subtitle: undefined, lang: 'en', text: `Report ${i}: the levee was inspected today.`, url, canonicalUrl: url }),
      });
      expect(res.status).toBe(201);
      saved.push(((await res.json()) as { id: string }).id);
    }
  });

  const list = async (params: Record<string, string>, rankWindow?: number) =>
    listArticles(env.DB, { userId }, listQuerySchema.parse(params), rankWindow === undefined ? {} : { rankWindow });
  const ids = async (params: Record<string, string>, rankWindow?: number) => (await list(params, rankWindow)).items.map((item) => item.id);

  it('ranks every match while there are no more than the window', async () => {
    const all = await ids({ q: 'levee' });
    expect(all.slice(0, 2).sort()).toEqual([saved[0], saved[2]].sort()); // headline hits first
    expect(all.sort()).toEqual([...saved].sort());
  });

  it('ranks only the newest matches beyond the window, best first among them', async () => {
    const windowed = await ids({ q: 'levee' }, WINDOW);
    expect(windowed[0]).toBe(saved[2]); // the headline hit inside the window, though not the newest
    expect(windowed.sort()).toEqual([saved[2], saved[3], saved[4]].sort()); // the older headline hit is left out
  });

  it('pages through the window with the cursor', async () => {
    const first = await list({ q: 'levee', limit: '2' }, WINDOW);
    expect(first.nextCursor).not.toBeNull();
    const second = await list({ q: 'levee', limit: '2', cursor: first.nextCursor! }, WINDOW);
    expect(second.nextCursor).toBeNull();
    expect([...first.items, ...second.items].map((item) => item.id).sort()).toEqual([saved[2], saved[3], saved[4]].sort());
  });

  it('takes the window after the filters, and sort=newest reaches every match', async () => {
    expect((await ids({ q: 'levee', site: 'a.example' }, WINDOW)).sort()).toEqual([saved[0], saved[1], saved[2]].sort());
    expect(await ids({ q: 'levee', sort: 'newest' }, WINDOW)).toEqual([...saved].reverse());
  });
});
