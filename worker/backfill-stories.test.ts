/**
 * POST /api/stories/backfill in workerd with the real local D1: articles saved before story
 * detection existed (no signature, no band keys, each its own story — what migration 0011 left)
 * are given their signature a batch at a time and linked to their copies.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { articleSchema, type ArticleInput } from '../shared/article';
import { LSH_BANDS } from '../shared/story/lsh';
import mirrorExpected from '../tests/fixtures/seed--hebei-mirror/expected.json';
import originalExpected from '../tests/fixtures/seed--hebei-original/expected.json';
import englishReport from '../tests/fixtures/stories/english-report.txt?raw';
import { prepareArticle } from './articles/prepare-article';
import { sanitizeHtml } from './articles/sanitize-html';
import { saveArticle } from './articles/save-article';
import { call, createUserWithToken, sampleArticle } from './test/helpers';

/** A fixture's expected extraction as a schema-v1 article at another URL. */
function fromExpected(fixture: { url: string; article: Record<string, unknown> }, overrides: Partial<ArticleInput> = {}): ArticleInput {
  const fields = Object.fromEntries(Object.entries(fixture.article).filter(([, value]) => value !== null));
  return {
    ...(fields as unknown as ArticleInput),
    url: fixture.url,
    html: '',
    wordCount: String(fields.text).length,
    extractor: { name: 'jianbao', version: 'test' },
    ...overrides,
  };
}

/** Stores an article as a save did before story detection (no signature, no bands, its own story). */
async function saveWithoutStories(userId: string, input: ArticleInput): Promise<string> {
  const prepared = await prepareArticle(articleSchema.parse(input), sanitizeHtml);
  const outcome = await saveArticle(env.DB, prepared, { owner: { userId }, requestHash: crypto.randomUUID(), now: new Date(), linkStories: false });
  return outcome.body.id;
}

async function row(id: string) {
  return env.DB.prepare(
    `SELECT story_id, story_signature, mirror_suspected, (SELECT COUNT(*) FROM story_bands WHERE article_seq = articles.seq) AS bands
       FROM articles WHERE id = ?1`,
  )
    .bind(id)
    .first<{ story_id: string; story_signature: string | null; mirror_suspected: number; bands: number }>();
}

async function backfill(token: string, limit?: number): Promise<{ processed: number; linked: number; remaining: number }> {
  const res = await call(`/api/stories/backfill${limit === undefined ? '' : `?limit=${limit}`}`, { method: 'POST', token });
  expect(res.status).toBe(200);
  return res.json();
}

async function flagsOf(token: string, id: string): Promise<string[]> {
  const res = await call(`/api/articles/${id}`, { token });
  return ((await res.json()) as { flags: string[] }).flags;
}

describe('POST /api/stories/backfill', () => {
  it('gives old articles their signature a batch at a time and links copies, leaving other users alone', async () => {
    const { token, userId } = await createUserWithToken();
    const other = await createUserWithToken();
    // Saved before story detection: the converted copy, an unrelated story, a short note, then the original.
    const converted = await saveWithoutStories(
      userId,
      fromExpected(mirrorExpected, { flags: ['traditional-script'], url: 'https://hk-daily.example/a.html', canonicalUrl: 'https://hk-daily.example/a.html', siteName: 'hk-daily.example' }),
    );
    const unrelated = await saveWithoutStories(userId, sampleArticle({ text: englishReport, lang: 'en', html: '' }));
    const short = await saveWithoutStories(userId, sampleArticle());
    const original = await saveWithoutStories(userId, fromExpected(originalExpected));
    const othersCopy = await saveWithoutStories(other.userId, fromExpected(originalExpected));
    for (const id of [converted, unrelated, short, original]) {
      expect(await row(id)).toMatchObject({ story_id: id, story_signature: null, bands: 0 });
    }
    // Before the backfill a new copy finds nothing to join.
    const res = await call('/api/stories/match', { method: 'POST', token, json: { text: originalExpected.article.text } });
    expect(await res.json()).toEqual({ match: null });

    expect(await backfill(token, 2)).toEqual({ processed: 2, linked: 0, remaining: 2 });
    expect((await row(converted))?.story_signature).toMatch(/^s1:/);
    expect(await row(original)).toMatchObject({ story_signature: null, bands: 0 }); // not reached yet
    expect(await backfill(token)).toEqual({ processed: 2, linked: 1, remaining: 0 });
    expect(await backfill(token)).toEqual({ processed: 0, linked: 0, remaining: 0 }); // nothing left: a no-op

    const story = (await row(converted))!.story_id;
    expect((await row(original))!.story_id).toBe(story);
    expect(await row(original)).toMatchObject({ bands: LSH_BANDS, mirror_suspected: 0 });
    expect((await row(unrelated))!.story_id).toBe(unrelated);
    expect(await row(short)).toMatchObject({ story_id: short, bands: 0 }); // too short to link: a signature, no bands
    expect((await row(short))!.story_signature).toMatch(/^s1:/);
    // The original is known now: the converted copy is judged a mirror, in its flags too.
    expect(await row(converted)).toMatchObject({ mirror_suspected: 2, bands: LSH_BANDS });
    expect(await flagsOf(token, converted)).toEqual(['traditional-script', 'mirror-suspected']);
    const copies = await call(`/api/articles?story=${story}`, { token });
    expect(((await copies.json()) as { items: Array<{ id: string }> }).items.map((item) => item.id)).toEqual([original, converted]);

    // Another user's old articles are untouched, and theirs to backfill.
    expect(await row(othersCopy)).toMatchObject({ story_id: othersCopy, story_signature: null });
    expect(await backfill(other.token)).toEqual({ processed: 1, linked: 0, remaining: 0 });
    expect((await row(othersCopy))!.story_id).toBe(othersCopy);

    // A copy saved now joins the backfilled story.
    const saved = await call('/api/articles', {
      method: 'POST',
      token,
      json: fromExpected(originalExpected, { url: 'https://portal.example/b.html', canonicalUrl: 'https://portal.example/b.html', siteName: 'portal.example' }),
    });
    const { id } = (await saved.json()) as { id: string };
    expect((await row(id))!.story_id).toBe(story);
  });

  it('re-indexes a story whose signatures migration 0013 cleared without splitting it', async () => {
    const { token, userId } = await createUserWithToken();
    const save = async (input: ArticleInput) => {
      const res = await call('/api/articles', { method: 'POST', token, json: input });
      expect(res.status).toBe(201);
      return ((await res.json()) as { id: string }).id;
    };
    const original = await save(fromExpected(originalExpected));
    const mirror = await save(fromExpected(mirrorExpected));
    const story = (await row(original))!.story_id;
    expect((await row(mirror))!.story_id).toBe(story);
    // What migration 0013 leaves: the story and the flags, no signature, no band keys.
    await env.DB.batch([
      env.DB.prepare('DELETE FROM story_bands WHERE article_seq IN (SELECT seq FROM articles WHERE user_id = ?1)').bind(userId),
      env.DB.prepare('UPDATE articles SET story_signature = NULL WHERE user_id = ?1').bind(userId),
    ]);
    const before = await call('/api/stories/match', { method: 'POST', token, json: { text: originalExpected.article.text } });
    expect(await before.json()).toEqual({ match: null });

    // One at a time: the original is re-indexed while the mirror is not yet, and still stays.
    expect(await backfill(token, 1)).toEqual({ processed: 1, linked: 0, remaining: 1 });
    expect(await row(original)).toMatchObject({ story_id: story, bands: LSH_BANDS });
    expect(await backfill(token, 1)).toEqual({ processed: 1, linked: 0, remaining: 0 });
    expect(await row(mirror)).toMatchObject({ story_id: story, bands: LSH_BANDS, mirror_suspected: 1 });
    expect(await flagsOf(token, mirror)).toContain('mirror-suspected');
    const after = await call('/api/stories/match', { method: 'POST', token, json: { text: originalExpected.article.text } });
    expect(((await after.json()) as { match: { storyId: string; copies: number } }).match).toMatchObject({ storyId: story, copies: 2 });
  });

  it('refuses a bad limit (400 validation_failed) and changes nothing', async () => {
    const { token, userId } = await createUserWithToken();
    const id = await saveWithoutStories(userId, fromExpected(originalExpected));
    for (const query of ['limit=0', 'limit=51', 'limit=two', 'batch=3']) {
      const res = await call(`/api/stories/backfill?${query}`, { method: 'POST', token });
      expect(res.status, query).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('validation_failed');
    }
    expect(await row(id)).toMatchObject({ story_signature: null, bands: 0 });
    expect((await call('/api/stories/backfill', { method: 'POST' })).status).toBe(401);
  });
});
