import { env } from 'cloudflare:workers';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { articleSchema, type ArticleInput } from '../../shared/article';
import { prepareArticle } from '../articles/prepare-article';
import { sanitizeHtml } from '../articles/sanitize-html';
import { saveArticle } from '../articles/save-article';
import { call, createUserWithToken, sampleArticle } from '../test/helpers';

function frontMatter(markdown: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (!match) throw new Error(`no front matter in ${markdown.slice(0, 80)}`);
  return parseYaml(match[1]!) as Record<string, unknown>;
}

/** Stores articles directly (the write rate limit is for clients, not for test setup). */
async function store(userId: string, articles: ArticleInput[]): Promise<void> {
  for (const [index, input] of articles.entries()) {
    const prepared = await prepareArticle(articleSchema.parse(input), sanitizeHtml);
    await saveArticle(env.DB, prepared, { owner: { userId }, requestHash: `h${index}`, now: new Date(Date.UTC(2026, 0, 1, 0, 0, index)) });
  }
}

function jsonLines(text: string): Array<Record<string, unknown>> {
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('GET /api/articles/:id.md', () => {
  it('answers Markdown whose front matter parses back to the article', async () => {
    const { token } = await createUserWithToken();
    const article = sampleArticle({ title: 'Quote "marks": and # hashes — 河北环保' });
    const saved = await call('/api/articles', { method: 'POST', token, json: article });
    const { id, version } = (await saved.json()) as { id: string; version: number };
    const res = await call(`/api/articles/${id}.md`, { token });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''2018-06-20%20Quote`);
    const markdown = await res.text();
    const data = frontMatter(markdown);
    expect(data).toMatchObject({
      title: article.title,
      url: article.url,
      canonicalUrl: article.canonicalUrl,
      source: article.source,
      authors: article.authors,
      editors: article.editors,
      publishedAt: article.publishedAt,
      lang: article.lang,
      id,
      version,
    });
    expect(typeof data.savedAt).toBe('string');
    expect(typeof data.summary).toBe('string');
    expect((data.summary as string).length).toBeGreaterThan(0);
    expect(markdown).toContain('中央第一环境保护督察组');
  });

  it('is 404 for another user’s article', async () => {
    const owner = await createUserWithToken();
    const other = await createUserWithToken();
    const saved = await call('/api/articles', { method: 'POST', token: owner.token, json: sampleArticle() });
    const { id } = (await saved.json()) as { id: string };
    expect((await call(`/api/articles/${id}.md`, { token: other.token })).status).toBe(404);
  });
});

describe('GET /api/export', () => {
  it('streams every article as JSON lines, oldest first, across several D1 pages', async () => {
    const { token, userId } = await createUserWithToken();
    const count = 230; // more than one batch of the pager
    await store(userId, Array.from({ length: count }, (_, i) => sampleArticle({ title: `第${i}条 环保新闻` })));
    const res = await call('/api/export?format=jsonl', { token });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const lines = jsonLines(await res.text());
    expect(lines).toHaveLength(count);
    expect(lines.map((line) => line.title)).toEqual(Array.from({ length: count }, (_, i) => `第${i}条 环保新闻`));
    for (const line of lines) {
      expect(line).toMatchObject({ version: 1 });
      expect(typeof line.id).toBe('string');
      expect(typeof line.savedAt).toBe('string');
      expect(articleSchema.safeParse(line).success).toBe(true);
    }
  });

  it('exports nothing of other users', async () => {
    const a = await createUserWithToken();
    const b = await createUserWithToken();
    await store(a.userId, [sampleArticle()]);
    const res = await call('/api/export?format=jsonl', { token: b.token });
    expect(await res.text()).toBe('');
  });

  it('round-trips: a JSONL export imported into an empty account exports the same articles', async () => {
    const source = await createUserWithToken();
    await store(source.userId, [
      sampleArticle({ title: '河北省召开中央环保督察反馈意见整改工作会议' }),
      sampleArticle({ title: 'English story', lang: 'en', text: 'Word one.\n\nWord two.', html: '<p>Word one.</p><p>Word two.</p>', authors: [] }),
      sampleArticle({ title: '無作者的繁體文章', lang: 'zh-Hant', source: undefined, publishedAt: '2024-02-29' }),
    ]);
    const exported = await (await call('/api/export?format=jsonl', { token: source.token })).text();

    const target = await createUserWithToken();
    const imported = await call('/api/import', {
      method: 'POST',
      token: target.token,
      body: exported,
      headers: { 'Content-Type': 'application/x-ndjson' },
    });
    expect(imported.status).toBe(200);
    expect(await imported.json()).toEqual({ imported: 3, unchanged: 0, failed: [] });

    const again = await (await call('/api/export?format=jsonl', { token: target.token })).text();
    const strip = (lines: Array<Record<string, unknown>>) => lines.map(({ id: _id, ...rest }) => rest);
    expect(strip(jsonLines(again))).toEqual(strip(jsonLines(exported)));

    // Importing the same file again stores nothing new.
    const twice = await call('/api/import', { method: 'POST', token: target.token, body: exported, headers: { 'Content-Type': 'application/x-ndjson' } });
    expect(await twice.json()).toEqual({ imported: 0, unchanged: 3, failed: [] });
  });

  it('imports nothing when one line is bad, and says which', async () => {
    const { token, userId } = await createUserWithToken();
    const good = JSON.stringify(sampleArticle());
    const body = [good, '{"title": 1}', 'not json', good].join('\n');
    const res = await call('/api/import', { method: 'POST', token, body, headers: { 'Content-Type': 'application/x-ndjson' } });
    expect(res.status).toBe(400);
    const error = ((await res.json()) as { error: { code: string; fields: Array<{ path: string }> } }).error;
    expect(error.code).toBe('validation_failed');
    expect(error.fields.map((f) => f.path)).toEqual(expect.arrayContaining([expect.stringMatching(/^line 2/), 'line 3']));
    const rows = await env.DB.prepare('SELECT COUNT(*) AS n FROM articles WHERE user_id = ?1').bind(userId).first<{ n: number }>();
    expect(rows?.n).toBe(0);
    const wrongType = await call('/api/import', { method: 'POST', token, body: good, headers: { 'Content-Type': 'text/csv' } });
    expect(wrongType.status).toBe(415);
  });

  it('zips Markdown files with readable, unique names', async () => {
    const { token, userId } = await createUserWithToken();
    await store(userId, [
      sampleArticle({ title: '河北省召开中央环保督察反馈意见整改工作会议' }),
      sampleArticle({ title: '河北省召开中央环保督察反馈意见整改工作会议' }),
      sampleArticle({ title: 'A/B: "quoted" <title>?', lang: 'en', publishedAt: undefined }),
    ]);
    const res = await call('/api/export?format=markdown', { token });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const names = Object.keys(files).sort();
    expect(names).toEqual(
      [
        'jianbao/2018-06-20 河北省召开中央环保督察反馈意见整改工作会议.md',
        'jianbao/2018-06-20 河北省召开中央环保督察反馈意见整改工作会议 (2).md',
        'jianbao/2026-01-01 A B quoted title.md',
      ].sort(),
    );
    for (const name of names) {
      const data = frontMatter(new TextDecoder().decode(files[name]));
      expect(typeof data.title).toBe('string');
      expect(typeof data.id).toBe('string');
    }
  });

  it('refuses an unknown format', async () => {
    const { token } = await createUserWithToken();
    const res = await call('/api/export?format=pdf', { token });
    expect(res.status).toBe(400);
  });
});
