/**
 * Story detection through the Worker, in workerd with the real local D1: linking copies on save,
 * the story and fold listings, the mirror flag, versions, deletion, isolation between users and
 * the read-only match API used by the extension's popup.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import type { ArticleInput } from '../shared/article';
import { LSH_BANDS } from '../shared/story/lsh';
import { decodeTextTraits, encodeTextTraits, readTraits } from '../shared/story/mirror';
import { encodeSignature, storySignature } from '../shared/story/signature';
import englishReport from '../tests/fixtures/stories/english-report.txt?raw';
import addedParagraph from '../tests/fixtures/stories/english-update-paragraph.txt?raw';
import siteArticleA from '../tests/fixtures/stories/site-article-a.txt?raw';
import siteArticleB from '../tests/fixtures/stories/site-article-b.txt?raw';
import mirrorExpected from '../tests/fixtures/seed--hebei-mirror/expected.json';
import originalExpected from '../tests/fixtures/seed--hebei-original/expected.json';
import mirrorHtml from '../tests/fixtures/seed--hebei-mirror/source.html?raw';
import originalHtml from '../tests/fixtures/seed--hebei-original/source.html?raw';
import { call, createUserWithToken, sampleArticle } from './test/helpers';

/** The English report updated with one paragraph (as tests/unit/story.test.ts builds it). */
const englishUpdate = englishReport.replace('\n\nConstruction is', `\n\n${addedParagraph.trim()}\n\nConstruction is`);

interface ListItem {
  id: string;
  storyId?: string;
  siteName?: string;
  source?: string;
  publishedAt?: string;
  url: string;
  copies?: number;
  outlets?: string[];
}
interface ListBody {
  items: ListItem[];
  nextCursor: string | null;
}

/** A fixture's expected extraction as a schema-v1 article, as the extension would post it. */
function fromExpected(fixture: { url: string; article: Record<string, unknown> }, overrides: Partial<ArticleInput> = {}): ArticleInput {
  const fields = Object.fromEntries(Object.entries(fixture.article).filter(([, value]) => value !== null));
  const text = String(fields.text);
  return {
    ...(fields as unknown as ArticleInput),
    url: fixture.url,
    html: '',
    wordCount: text.length,
    extractor: { name: 'jianbao', version: 'test' },
    ...overrides,
  };
}

/** An English or Chinese text fixture as an article from `site`. */
function fromText(text: string, site: string, overrides: Partial<ArticleInput> = {}): ArticleInput {
  const url = `https://${site}/${crypto.randomUUID()}.html`;
  return sampleArticle({ url, canonicalUrl: url, siteName: site, source: site, text, html: '', lang: 'en', ...overrides });
}

async function save(token: string, article: ArticleInput): Promise<{ id: string; version: number; created: boolean }> {
  const res = await call('/api/articles', { method: 'POST', token, json: article });
  expect(res.status).toBeLessThan(300);
  return res.json();
}

async function getArticle(token: string, id: string): Promise<{ storyId?: string; flags: string[]; version: number }> {
  const res = await call(`/api/articles/${id}`, { token });
  expect(res.status).toBe(200);
  return res.json();
}

async function list(token: string, query: string): Promise<ListBody> {
  const res = await call(`/api/articles?${query}`, { token });
  expect(res.status).toBe(200);
  return res.json();
}

async function seqOf(articleId: string): Promise<number> {
  const row = await env.DB.prepare('SELECT seq FROM articles WHERE id = ?1').bind(articleId).first<{ seq: number }>();
  if (!row) throw new Error(`no article ${articleId}`);
  return row.seq;
}

/** The band key rows of an article (by id while it exists, by its seq after it is deleted). */
async function bandRows(article: string | number): Promise<number> {
  const seq = typeof article === 'number' ? article : await seqOf(article);
  const row = await env.DB.prepare('SELECT COUNT(*) AS n FROM story_bands WHERE article_seq = ?1').bind(seq).first<{ n: number }>();
  return row?.n ?? 0;
}

describe('linking copies of one story on save', () => {
  it('links the seed story clipped from its original page and from the mirror (real extraction in workerd)', async () => {
    const { token } = await createUserWithToken();
    const clip = async (url: string, html: string) => {
      const res = await call('/api/clip', { method: 'POST', token, json: { url, html } });
      expect(res.status).toBe(201);
      return ((await res.json()) as { id: string }).id;
    };
    const originalId = await clip(originalExpected.url, originalHtml);
    const mirrorId = await clip(mirrorExpected.url, mirrorHtml);
    const original = await getArticle(token, originalId);
    const mirror = await getArticle(token, mirrorId);
    expect(original.storyId).toMatch(/^[0-9a-f-]{36}$/);
    expect(mirror.storyId).toBe(original.storyId);
    expect(mirror.flags).toContain('mirror-suspected');
    expect(original.flags).not.toContain('mirror-suspected');

    const story = await list(token, `story=${original.storyId}`);
    expect(story.items.map((item) => item.id)).toEqual([originalId, mirrorId]);
    expect(story.items[0]).toMatchObject({ siteName: '河北新闻网', storyId: original.storyId });
    expect(story.nextCursor).toBeNull();
  });

  it('puts the original first even when the mirror was saved first', async () => {
    const { token } = await createUserWithToken();
    const mirror = await save(token, fromExpected(mirrorExpected));
    const original = await save(token, fromExpected(originalExpected));
    const storyId = (await getArticle(token, mirror.id)).storyId;
    expect((await getArticle(token, original.id)).storyId).toBe(storyId);
    const story = await list(token, `story=${storyId}`);
    expect(story.items.map((item) => item.id)).toEqual([original.id, mirror.id]);
  });

  it('links an update with an added paragraph published at another URL', async () => {
    const { token } = await createUserWithToken();
    const report = await save(token, fromText(englishReport, 'city-news.example'));
    const update = await save(token, fromText(englishUpdate, 'regional-wire.example'));
    expect((await getArticle(token, update.id)).storyId).toBe((await getArticle(token, report.id)).storyId);
  });

  it('does not link two different articles of one site sharing its boilerplate', async () => {
    const { token } = await createUserWithToken();
    const a = await save(token, fromText(siteArticleA, 'hebnews.example', { lang: 'zh-Hans' }));
    const b = await save(token, fromText(siteArticleB, 'hebnews.example', { lang: 'zh-Hans' }));
    expect((await getArticle(token, a.id)).storyId).not.toBe((await getArticle(token, b.id)).storyId);
    expect(await bandRows(a.id)).toBe(LSH_BANDS);
  });

  it('never links short texts, even identical ones, and indexes no bands for them', async () => {
    const { token } = await createUserWithToken();
    const a = await save(token, sampleArticle());
    const b = await save(token, sampleArticle());
    const storyA = (await getArticle(token, a.id)).storyId;
    expect(storyA).toMatch(/^[0-9a-f-]{36}$/);
    expect((await getArticle(token, b.id)).storyId).not.toBe(storyA);
    expect(await bandRows(a.id)).toBe(0);
  });
});

describe('the mirror-suspected flag', () => {
  it('flags a copy by its own text (pinyin) even when the extractor did not', async () => {
    const { token } = await createUserWithToken();
    const flags = mirrorExpected.article.flags.filter((flag) => flag !== 'mirror-suspected');
    const saved = await save(token, fromExpected(mirrorExpected, { flags }));
    expect((await getArticle(token, saved.id)).flags).toContain('mirror-suspected');
  });

  it('flags an earlier copy once the original shows that it converted the script', async () => {
    const { token } = await createUserWithToken();
    // The mirror's text without any scraping trace of its own: traditional script, another
    // outlet as source. Alone it is not a mirror (a Hong Kong outlet writes traditional script).
    const converted = await save(
      token,
      fromExpected(mirrorExpected, { flags: ['traditional-script'], url: 'https://hk-daily.example/a.html', canonicalUrl: 'https://hk-daily.example/a.html' }),
    );
    expect((await getArticle(token, converted.id)).flags).not.toContain('mirror-suspected');
    const original = await save(token, fromExpected(originalExpected));
    const after = await getArticle(token, converted.id);
    expect(after.flags).toEqual(['traditional-script', 'mirror-suspected']);
    expect(after.version).toBe(1); // a flag, not a new version
    expect((await getArticle(token, original.id)).flags).not.toContain('mirror-suspected');
    const story = await list(token, `story=${after.storyId}`);
    expect(story.items.map((item) => item.id)).toEqual([original.id, converted.id]);
  });
});

describe('text traits: judging copies without reading their texts', () => {
  const hongKongCopy = () =>
    fromExpected(mirrorExpected, { flags: ['traditional-script'], url: 'https://hk-daily.example/b.html', canonicalUrl: 'https://hk-daily.example/b.html' });
  const storedTraits = async (id: string) =>
    (await env.DB.prepare('SELECT text_traits FROM articles WHERE id = ?1').bind(id).first<{ text_traits: number | null }>())?.text_traits;
  const setTraits = (id: string, value: number | null) => env.DB.prepare('UPDATE articles SET text_traits = ?2 WHERE id = ?1').bind(id, value).run();

  it('stores what each saved text shows (here: traditional script)', async () => {
    const { token } = await createUserWithToken();
    const copy = hongKongCopy();
    const converted = await save(token, copy);
    expect(decodeTextTraits(await storedTraits(converted.id))).toEqual(readTraits(copy));
    expect(decodeTextTraits(await storedTraits(converted.id))?.traditional).toBe(true);
    const original = await save(token, fromExpected(originalExpected));
    expect(decodeTextTraits(await storedTraits(original.id))).toEqual({ pinyinAnnotations: false, lostCharacters: false, traditional: false });
  });

  it('judges a stored copy by its stored traits, not by reading its text again', async () => {
    const { token } = await createUserWithToken();
    const converted = await save(token, hongKongCopy());
    // Stored traits that say simplified script: the original then finds no script conversion.
    await setTraits(converted.id, encodeTextTraits({ pinyinAnnotations: false, lostCharacters: false, traditional: false }));
    await save(token, fromExpected(originalExpected));
    expect((await getArticle(token, converted.id)).flags).not.toContain('mirror-suspected');
  });

  it('reads the text of a copy saved before traits were stored (NULL), and judges it as before', async () => {
    const { token } = await createUserWithToken();
    const converted = await save(token, hongKongCopy());
    await setTraits(converted.id, null);
    await save(token, fromExpected(originalExpected));
    expect((await getArticle(token, converted.id)).flags).toContain('mirror-suspected');
  });

  it('stores what the extraction flags say (pinyin removed, encoding damage) with the text’s own traits', async () => {
    const { token } = await createUserWithToken();
    const saved = await save(token, fromExpected(originalExpected, { flags: ['pinyin-annotations-removed', 'encoding-damage'] }));
    expect(decodeTextTraits(await storedTraits(saved.id))).toEqual({ pinyinAnnotations: true, lostCharacters: true, traditional: false });
  });

  it('stores the traits of a new version’s text', async () => {
    const { token } = await createUserWithToken();
    const first = await save(token, fromExpected(originalExpected));
    const traditional = String(mirrorExpected.article.text);
    const second = await save(token, fromExpected(originalExpected, { text: traditional, wordCount: traditional.length }));
    expect(second).toMatchObject({ id: first.id, version: 2 });
    expect(decodeTextTraits(await storedTraits(first.id))?.traditional).toBe(true);
  });
});

describe('correcting a wrong story guess', () => {
  /** The seed mirror's text without its own scraping traces: traditional script, another outlet named. */
  const converted = (site: string, overrides: Partial<ArticleInput> = {}) =>
    fromExpected(mirrorExpected, {
      flags: ['traditional-script'],
      url: `https://${site}/a.html`,
      canonicalUrl: `https://${site}/a.html`,
      siteName: site,
      ...overrides,
    });

  async function mirrorColumn(id: string): Promise<number> {
    const row = await env.DB.prepare('SELECT mirror_suspected AS m FROM articles WHERE id = ?1').bind(id).first<{ m: number }>();
    return row?.m ?? -1;
  }

  it('moves a copy whose page now tells another story out of its story, and judges the copies left behind again', async () => {
    const { token } = await createUserWithToken();
    const mirror = await save(token, converted('hk-daily.example'));
    const original = await save(token, fromExpected(originalExpected));
    const seedStory = (await getArticle(token, original.id)).storyId!;
    expect((await getArticle(token, mirror.id)).flags).toContain('mirror-suspected'); // judged against the original
    const other = await save(token, fromText(siteArticleA, 'hebnews.example', { lang: 'zh-Hans' }));
    const otherStory = (await getArticle(token, other.id)).storyId!;
    expect(otherStory).not.toBe(seedStory);

    // The original's page is reused for another story: a new version of the same URL.
    const changed = await save(token, fromExpected(originalExpected, { text: siteArticleA, title: '另一篇报道' }));
    expect(changed).toMatchObject({ id: original.id, version: 2, created: true });
    expect((await getArticle(token, original.id)).storyId).toBe(otherStory); // it joined the story it now tells
    expect((await list(token, `story=${otherStory}`)).items.map((item) => item.id).sort()).toEqual([original.id, other.id].sort());

    // The converted copy stays alone in the seed story: it is its own original now, not a mirror.
    expect((await list(token, `story=${seedStory}`)).items.map((item) => item.id)).toEqual([mirror.id]);
    const left = await getArticle(token, mirror.id);
    expect(left.flags).toEqual(['traditional-script']);
    expect(left.version).toBe(1);
    expect(await mirrorColumn(mirror.id)).toBe(0);
  });

  it('gives a copy that no longer matches any story one of its own, and keeps one that still does', async () => {
    const { token } = await createUserWithToken();
    const report = await save(token, fromText(englishReport, 'city-news.example'));
    const update = await save(token, fromText(englishUpdate, 'regional-wire.example'));
    const storyId = (await getArticle(token, report.id)).storyId!;
    expect((await getArticle(token, update.id)).storyId).toBe(storyId);
    const urlOf = async (id: string) => (await list(token, `story=${storyId}`)).items.find((item) => item.id === id)!.url;
    const updateUrl = await urlOf(update.id);
    const reportUrl = await urlOf(report.id);

    await save(token, fromText(siteArticleB, 'regional-wire.example', { url: updateUrl, canonicalUrl: updateUrl, lang: 'zh-Hans' }));
    const moved = (await getArticle(token, update.id)).storyId!;
    expect(moved).not.toBe(storyId);
    expect((await list(token, `story=${moved}`)).items.map((item) => item.id)).toEqual([update.id]);
    expect((await list(token, `story=${storyId}`)).items.map((item) => item.id)).toEqual([report.id]);
    expect(await bandRows(update.id)).toBe(LSH_BANDS); // indexed under its new text

    // A new version that is still the same story stays in it.
    const again = await save(token, fromText(englishUpdate, 'regional-wire.example', { url: updateUrl, canonicalUrl: updateUrl }));
    expect(again).toMatchObject({ id: update.id, version: 3 });
    expect((await getArticle(token, update.id)).storyId).toBe(storyId); // alone in its own story, it rejoins
    await save(token, fromText(`${englishReport}\n\nThis report was corrected.`, 'city-news.example', { url: reportUrl, canonicalUrl: reportUrl }));
    expect((await getArticle(token, report.id)).storyId).toBe(storyId);
    expect((await list(token, `story=${storyId}`)).items.map((item) => item.id).sort()).toEqual([report.id, update.id].sort());
  });

  it('makes a later-saved self-sourced copy the original, and re-judges the mirrors against it', async () => {
    const { token } = await createUserWithToken();
    const source = { source: '新华社' };
    // Two reposts of a 新华社 story: a traditional-script one published first, a simplified one later.
    const early = await save(token, converted('hk-daily.example', { ...source, publishedAt: '2018-06-20T08:00:00Z' }));
    const portal = await save(
      token,
      fromExpected(originalExpected, { ...source, siteName: 'portal.example', url: 'https://portal.example/a.html', canonicalUrl: 'https://portal.example/a.html', publishedAt: '2018-06-20T10:00:00Z' }),
    );
    const storyId = (await getArticle(token, early.id)).storyId!;
    expect((await getArticle(token, portal.id)).storyId).toBe(storyId);
    // With the earliest repost taken for the original, the simplified one looks converted from it.
    expect((await getArticle(token, portal.id)).flags).toContain('mirror-suspected');
    expect(await mirrorColumn(portal.id)).toBe(2);
    expect((await getArticle(token, early.id)).flags).not.toContain('mirror-suspected');
    expect((await list(token, `story=${storyId}`)).items.map((item) => item.id)).toEqual([early.id, portal.id]);

    // 新华社's own copy arrives last: it is the original, the simplified repost is not converted
    // from it (flag taken back), the traditional one is (flagged).
    const own = await save(
      token,
      fromExpected(originalExpected, { ...source, siteName: '新华网', url: 'https://xinhuanet.example/a.html', canonicalUrl: 'https://xinhuanet.example/a.html', publishedAt: '2018-06-20T12:00:00Z' }),
    );
    expect((await getArticle(token, own.id)).storyId).toBe(storyId);
    expect((await getArticle(token, own.id)).flags).not.toContain('mirror-suspected');
    const portalAfter = await getArticle(token, portal.id);
    expect(portalAfter.flags).not.toContain('mirror-suspected');
    expect(portalAfter.version).toBe(1);
    expect(await mirrorColumn(portal.id)).toBe(0);
    expect((await getArticle(token, early.id)).flags).toContain('mirror-suspected');
    expect(await mirrorColumn(early.id)).toBe(2);
    expect((await list(token, `story=${storyId}`)).items.map((item) => item.id)).toEqual([own.id, portal.id, early.id]);
  });

  it('judges the copies again when their original is deleted', async () => {
    const { token } = await createUserWithToken();
    const mirror = await save(token, converted('hk-daily.example'));
    const original = await save(token, fromExpected(originalExpected));
    expect(await mirrorColumn(mirror.id)).toBe(2);
    expect((await call(`/api/articles/${original.id}`, { method: 'DELETE', token })).status).toBe(204);
    const left = await getArticle(token, mirror.id);
    expect(left.flags).toEqual(['traditional-script']); // alone, it is its own original
    expect(await mirrorColumn(mirror.id)).toBe(0);
    // Saved again, the original flags it again.
    await save(token, fromExpected(originalExpected));
    expect(await mirrorColumn(mirror.id)).toBe(2);
  });

  it('never takes back a flag the copy earned by its own text', async () => {
    const { token } = await createUserWithToken();
    const scraped = await save(token, fromExpected(mirrorExpected)); // pinyin removed, lost characters
    expect(await mirrorColumn(scraped.id)).toBe(1);
    const original = await save(token, fromExpected(originalExpected));
    expect((await getArticle(token, original.id)).storyId).toBe((await getArticle(token, scraped.id)).storyId);
    // The original leaves (its page now tells another story): the scraped copy is alone but still a mirror.
    await save(token, fromExpected(originalExpected, { text: siteArticleB }));
    expect((await getArticle(token, original.id)).storyId).not.toBe((await getArticle(token, scraped.id)).storyId);
    expect((await getArticle(token, scraped.id)).flags).toContain('mirror-suspected');
    expect(await mirrorColumn(scraped.id)).toBe(1);
  });
});

describe('versions and deletion', () => {
  it('keeps a changed copy of the same URL a version of its article, not a new story member', async () => {
    const { token } = await createUserWithToken();
    const first = await save(token, fromText(englishReport, 'city-news.example'));
    const stored = await getArticle(token, first.id);
    const url = (await list(token, `story=${stored.storyId}`)).items[0]!.url;
    const second = await save(token, fromText(englishUpdate, 'city-news.example', { url, canonicalUrl: url }));
    expect(second).toEqual({ id: first.id, version: 2, created: true });
    const other = await save(token, fromText(englishReport, 'regional-wire.example'));
    const story = await list(token, `story=${stored.storyId}`);
    expect(story.items.map((item) => item.id).sort()).toEqual([first.id, other.id].sort());
    expect((await getArticle(token, first.id)).storyId).toBe(stored.storyId);
    expect(await bandRows(first.id)).toBe(LSH_BANDS); // the new version's bands replaced the old ones
  });

  it('deletes one copy without touching the others, and a re-saved copy joins them again', async () => {
    const { token } = await createUserWithToken();
    const original = await save(token, fromExpected(originalExpected));
    const mirror = await save(token, fromExpected(mirrorExpected));
    const storyId = (await getArticle(token, original.id)).storyId;
    const originalSeq = await seqOf(original.id);
    expect(await bandRows(originalSeq)).toBe(LSH_BANDS);
    expect((await call(`/api/articles/${original.id}`, { method: 'DELETE', token })).status).toBe(204);
    expect(await bandRows(originalSeq)).toBe(0);
    expect(await bandRows(mirror.id)).toBe(LSH_BANDS);
    expect((await getArticle(token, mirror.id)).storyId).toBe(storyId);
    expect((await list(token, `story=${storyId}`)).items.map((item) => item.id)).toEqual([mirror.id]);

    const again = await save(token, fromExpected(originalExpected));
    expect(again.id).not.toBe(original.id);
    expect((await getArticle(token, again.id)).storyId).toBe(storyId);
    expect((await list(token, `story=${storyId}`)).items.map((item) => item.id)).toEqual([again.id, mirror.id]);
  });
});

describe('GET /api/articles?fold=stories', () => {
  it('lists one item a story with its copies and outlets, newest story first, paged', async () => {
    const { token } = await createUserWithToken();
    const original = await save(token, fromExpected(originalExpected));
    const lone = await save(token, fromText(englishReport, 'city-news.example'));
    const mirror = await save(token, fromExpected(mirrorExpected)); // the seed story is now the newest

    const all = await list(token, 'fold=stories');
    expect(all.items).toHaveLength(2);
    expect(all.items[0]).toMatchObject({ id: original.id, copies: 2, outlets: ['河北新闻网', '新聞中心'] });
    expect(all.items[1]).toMatchObject({ id: lone.id, copies: 1, outlets: ['city-news.example'] });
    expect(all.nextCursor).toBeNull();
    expect((await list(token, '')).items).toHaveLength(3); // the plain list still has every copy
    expect((await list(token, '')).items[0]).toMatchObject({ id: mirror.id, storyId: all.items[0]!.storyId });

    const first = await list(token, 'fold=stories&limit=1');
    expect(first.items.map((item) => item.id)).toEqual([original.id]);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await list(token, `fold=stories&limit=1&cursor=${first.nextCursor}`);
    expect(second.items.map((item) => item.id)).toEqual([lone.id]);
    expect(second.nextCursor).toBeNull();
  });

  it('refuses combinations it does not support and malformed values (400, validation_failed)', async () => {
    const { token } = await createUserWithToken();
    const storyId = crypto.randomUUID();
    for (const [query, field] of [
      ['story=not-a-story', 'story'],
      [`story=${storyId}&q=环保`, 'q'],
      [`story=${storyId}&fold=stories`, 'fold'],
      ['fold=stories&site=example.com', 'site'],
      ['fold=stories&sort=newest', 'sort'],
      ['fold=articles', 'fold'],
      ['fold=stories&cursor=abc', 'cursor'],
    ] as const) {
      const res = await call(`/api/articles?${query}`, { token });
      expect(res.status, query).toBe(400);
      const body = (await res.json()) as { error: { code: string; fields?: Array<{ path: string }> } };
      expect(body.error.code).toBe('validation_failed');
      expect(body.error.fields?.map((f) => f.path)).toContain(field);
    }
  });
});

describe('isolation between users', () => {
  it('never links, lists or matches another user’s copies', async () => {
    const alice = await createUserWithToken();
    const bob = await createUserWithToken();
    const aliceOriginal = await save(alice.token, fromExpected(originalExpected));
    const aliceStory = (await getArticle(alice.token, aliceOriginal.id)).storyId;
    const bobMirror = await save(bob.token, fromExpected(mirrorExpected));
    const bobStory = (await getArticle(bob.token, bobMirror.id)).storyId;
    expect(bobStory).not.toBe(aliceStory);
    expect((await list(bob.token, `story=${aliceStory}`)).items).toEqual([]);
    expect((await list(alice.token, `story=${bobStory}`)).items).toEqual([]);
    expect((await list(alice.token, `story=${aliceStory}`)).items.map((item) => item.id)).toEqual([aliceOriginal.id]);
    expect((await list(bob.token, 'fold=stories')).items.map((item) => item.id)).toEqual([bobMirror.id]);

    // Bob deleting his copy leaves Alice's alone.
    expect((await call(`/api/articles/${bobMirror.id}`, { method: 'DELETE', token: bob.token })).status).toBe(204);
    expect(await bandRows(aliceOriginal.id)).toBe(LSH_BANDS);
    const match = await call('/api/stories/match', { method: 'POST', token: bob.token, json: { text: originalExpected.article.text } });
    expect(await match.json()).toEqual({ match: null });
  });
});

describe('POST /api/stories/match', () => {
  it('finds the saved story a page is a copy of, by text or by signature, without saving anything', async () => {
    const { token, userId } = await createUserWithToken();
    const original = await save(token, fromExpected(originalExpected));
    const before = await env.DB.prepare('SELECT COUNT(*) AS n FROM articles WHERE user_id = ?1').bind(userId).first<{ n: number }>();

    const byText = await call('/api/stories/match', {
      method: 'POST',
      token,
      json: { text: mirrorExpected.article.text, canonicalUrl: mirrorExpected.article.canonicalUrl },
    });
    expect(byText.status).toBe(200);
    const body = (await byText.json()) as { match: { storyId: string; copies: number; similarity: number; original: ListItem; outlets: string[] } };
    expect(body.match).toMatchObject({
      copies: 1,
      outlets: ['河北新闻网'],
      original: { id: original.id, siteName: '河北新闻网', publishedAt: '2018-06-20T17:59:25+08:00' },
    });
    expect(body.match.similarity).toBeGreaterThan(0.5);
    expect(body.match.storyId).toBe((await getArticle(token, original.id)).storyId);

    const signature = encodeSignature(storySignature(mirrorExpected.article.text));
    const bySignature = await call('/api/stories/match', { method: 'POST', token, json: { signature } });
    expect(((await bySignature.json()) as typeof body).match.original.id).toBe(original.id);

    const after = await env.DB.prepare('SELECT COUNT(*) AS n FROM articles WHERE user_id = ?1').bind(userId).first<{ n: number }>();
    expect(after).toEqual(before);
  });

  it('does not count the page itself, and answers null for an unrelated or short text', async () => {
    const { token } = await createUserWithToken();
    await save(token, fromExpected(originalExpected));
    for (const json of [
      { text: originalExpected.article.text, canonicalUrl: originalExpected.article.canonicalUrl },
      { text: englishReport },
      { text: '会议还研究了其他事项。' },
    ]) {
      const res = await call('/api/stories/match', { method: 'POST', token, json });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ match: null });
    }
  });

  it('names the original among the other pages when this page is saved too', async () => {
    const { token } = await createUserWithToken();
    await save(token, fromExpected(originalExpected));
    const mirror = await save(token, fromExpected(mirrorExpected));
    const res = await call('/api/stories/match', {
      method: 'POST',
      token,
      json: { text: originalExpected.article.text, canonicalUrl: originalExpected.article.canonicalUrl },
    });
    const body = (await res.json()) as { match: { copies: number; outlets: string[]; original: ListItem } };
    expect(body.match).toMatchObject({ copies: 2, outlets: ['河北新闻网', '新聞中心'], original: { id: mirror.id } });
  });

  it('is documented in the OpenAPI document with its body and answer', async () => {
    const doc = (await (await call('/openapi.json')).json()) as {
      paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties?: object } }> }; responses: object }>>;
      components: { schemas: Record<string, { properties?: object }> };
    };
    const match = doc.paths['/api/stories/match']!.post!;
    expect(Object.keys(match.requestBody!.content['application/json']!.schema.properties ?? {}).sort()).toEqual(['canonicalUrl', 'signature', 'text']);
    expect(Object.keys(match.responses).sort()).toEqual(['200', '400', '401', '413', '415', '500']);
    expect(Object.keys(doc.components.schemas.StoryMatch?.properties ?? {})).toEqual(['match']);
    expect(Object.keys(doc.components.schemas.ArticleListItem?.properties ?? {})).toEqual(expect.arrayContaining(['storyId', 'copies', 'outlets']));
  });

  it('refuses bad input with a clear error', async () => {
    const { token } = await createUserWithToken();
    const cases: Array<[RequestInit & { token?: string; json?: unknown }, number, string]> = [
      [{ json: {} }, 400, 'validation_failed'],
      [{ json: { text: 'a', signature: 's1:1:AAAA' } }, 400, 'validation_failed'],
      [{ json: { text: 42 } }, 400, 'validation_failed'],
      [{ json: { signature: 's9:100:AAAA' } }, 400, 'validation_failed'],
      [{ json: { text: 'x', extra: true } }, 400, 'validation_failed'],
      [{ body: '{"text": ', headers: { 'Content-Type': 'application/json' } }, 400, 'invalid_json'],
      [{ body: 'text', headers: { 'Content-Type': 'text/plain' } }, 415, 'unsupported_media_type'],
    ];
    for (const [init, status, code] of cases) {
      const res = await call('/api/stories/match', { method: 'POST', token, ...init });
      expect(res.status, JSON.stringify(init)).toBe(status);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
    }
    expect((await call('/api/stories/match', { method: 'POST', json: { text: 'x' } })).status).toBe(401);
  });
});
