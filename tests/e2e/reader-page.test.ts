/**
 * End to end, issue 7: the reader page in real Chromium against a real `wrangler dev` Worker.
 * Sign in with a token, see the clipped seed article in the list, search 环保 and open the
 * result, read the summary, delete an article with confirmation, sign out. Saves the
 * screenshots the README shows (docs/reader-list.png, docs/reader-article.png, docs/reader-phone.png).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalWorker, type LocalWorker } from './support/local-worker';

/** How long to wait for the page to show something: a loaded CI machine is slow, not wrong. */
const POLL = { timeout: 20_000, interval: 100 } as const;
const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = resolve(ROOT, 'tests/fixtures');
const DOCS = resolve(ROOT, 'docs');
const SEED = JSON.parse(readFileSync(resolve(FIXTURES, 'seed--hebei-original/expected.json'), 'utf8')) as { url: string; article: { title: string } };

let worker: LocalWorker;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** The JSON-lines export taken before anything is deleted (imported back later). */
let exported = '';

/** Clips a page through POST /api/clip with its HTML, as a bookmarklet would. */
async function clip(url: string, html: string): Promise<string> {
  const res = await worker.api('/api/clip', { method: 'POST', body: JSON.stringify({ url, html }), headers: { 'Content-Type': 'application/json' } });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

beforeAll(async () => {
  worker = await startLocalWorker();
  await clip(
    'https://world.example.com/2024/05/river-cleanup.html',
    `<html lang="en"><head><title>Volunteers clear a river in one weekend</title><meta name="author" content="Jane Doe"></head>
     <body><article><h1>Volunteers clear a river in one weekend</h1><p>More than two hundred volunteers removed four tonnes of rubbish from the river on Saturday and Sunday.</p>
     <p>The city council said the cleanup would become a yearly event, and thanked the residents who took part.</p><p>Water quality tests will follow next month.</p></article></body></html>`,
  );
  await clip(SEED.url, readFileSync(resolve(FIXTURES, 'seed--hebei-original/source.html'), 'utf8'));
  exported = await (await worker.api('/api/export?format=jsonl')).text();
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  context = await browser.newContext({ viewport: { width: 1100, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await worker?.dispose();
});

describe('the reader page in Chromium', () => {
  const cspViolations: string[] = [];

  it('signs in with a pasted token; the session cookie is HttpOnly and nothing stores the token', async () => {
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    await page.goto(`${worker.url}/`);
    await page.getByLabel('API token').fill(worker.token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: '剪报 · Clips' }).waitFor();

    const cookies = await context.cookies();
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatchObject({ name: '__Host-jianbao_session', httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });
    expect(cookies[0]!.value).not.toContain(worker.token);
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + location.href + document.cookie);
    expect(stored).not.toContain(worker.token);
    expect(await page.getByLabel('API token').count()).toBe(0);
  });

  it('lists the clipped seed article, newest first', async () => {
    const headlines = page.locator('.clip h2');
    await expect.poll(() => headlines.count(), POLL).toBe(2);
    expect(await headlines.first().textContent()).toBe(SEED.article.title);
    const meta = (await page.locator('.clip .meta').first().textContent()) ?? '';
    expect(meta).toContain('河北新闻网');
    await page.screenshot({ path: resolve(DOCS, 'reader-list.png'), fullPage: true });
  });

  it('finds 环保 with a highlighted snippet and opens the article with its summary', async () => {
    await page.getByLabel('Search text').fill('环保');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('heading', { name: '“环保”' }).waitFor();
    await expect.poll(() => page.locator('.clip').count(), POLL).toBe(1);
    expect(await page.locator('.clip mark').first().textContent()).toBe('环保');

    await page.locator('.clip h2 a').first().click();
    await page.getByRole('heading', { level: 1, name: SEED.article.title }).waitFor();
    expect(await page.locator('article.article').getAttribute('lang')).toBe('zh-Hans');
    const summary = page.locator('.summary-text');
    await expect.poll(async () => ((await summary.textContent()) ?? '').length, POLL).toBeGreaterThan(20);
    expect(await summary.textContent()).toMatch(/[\u4e00-\u9fff]{10}/);
    const published = (await page.locator('.article-meta time').first().textContent()) ?? '';
    expect(published).toMatch(/2018/); // shown in the reader's time zone (Asia/Shanghai here)
    expect(await page.locator('.article-body p').count()).toBeGreaterThan(2);
    expect(await page.locator('.versions li').first().textContent()).toContain('v1');
    await page.screenshot({ path: resolve(DOCS, 'reader-article.png'), fullPage: false });
  });

  it('reads well on a phone-width screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: resolve(DOCS, 'reader-phone.png') });
    await page.setViewportSize({ width: 1100, height: 900 });
  });

  it('deletes an article only after confirmation', async () => {
    await page.goto(`${worker.url}/#/`);
    await page.getByRole('link', { name: 'Volunteers clear a river in one weekend' }).click();
    await page.getByRole('heading', { level: 1, name: 'Volunteers clear a river in one weekend' }).waitFor();
    await page.getByRole('button', { name: 'Delete…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(((await (await worker.api('/api/articles')).json()) as { items: unknown[] }).items).toHaveLength(2);

    await page.getByRole('button', { name: 'Delete…' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByRole('heading', { name: '剪报 · Clips' }).waitFor();
    await expect.poll(() => page.locator('.clip').count(), POLL).toBe(1);
    const left = (await (await worker.api('/api/articles')).json()) as { items: Array<{ title: string }> };
    expect(left.items.map((item) => item.title)).toEqual([SEED.article.title]);
  });

  it('makes a feed URL that a feed reader can fetch, and imports an export back', async () => {
    await page.getByRole('link', { name: 'Export & feeds' }).click();
    await page.getByRole('button', { name: 'Create feed URL' }).click();
    const feedUrl = await page.locator('#feed-url').inputValue();
    expect(feedUrl).toMatch(new RegExp(`^${worker.url}/feeds/jb_[0-9a-f]{16}_[A-Za-z0-9_-]{43}\\.atom$`));
    const feed = await fetch(feedUrl); // no cookie, no header: as a feed reader
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain(SEED.article.title);

    await page.locator('#import-file').setInputFiles({ name: 'jianbao.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(exported) });
    await page.getByRole('button', { name: 'Import' }).click();
    await expect.poll(() => page.locator('#status').textContent(), POLL).toBe('Imported 1, unchanged 1.');
    const all = (await (await worker.api('/api/articles')).json()) as { items: unknown[] };
    expect(all.items).toHaveLength(2);
    await page.getByRole('link', { name: 'Clips' }).click();
  });

  it('is keyboard-operable: "/" focuses the search box', async () => {
    // The list view (and its search box) renders after the route change of the test before.
    await page.locator('#q').waitFor();
    await page.locator('body').press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), POLL).toBe('q');
  });

  it('signs out', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('API token').waitFor();
    const res = await page.evaluate(async () => (await fetch('/api/articles')).status);
    expect(res).toBe(401);
    expect(cspViolations).toEqual([]);
  });
});
