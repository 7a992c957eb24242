/**
 * End to end, issue 8: the seed story clipped in real Chromium with the built extension, first
 * from its original page and then from the scraped mirror, against a real `wrangler dev`
 * Worker. The popup says the mirror is "already saved from 河北新闻网, 2018-06-20" and still
 * clips it; the API and the reader page then show one story with two copies, the original first.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/chromium-with-extension';
import { openPopupFor, saveOptions } from './support/extension-ui';
import { startLocalWorker, type LocalWorker } from './support/local-worker';
import { startPageServer, type PageServer } from './support/page-server';

const FIXTURES = resolve(import.meta.dirname, '../fixtures');

interface Item {
  id: string;
  storyId?: string;
  siteName?: string;
  copies?: number;
  outlets?: string[];
}

let worker: LocalWorker;
let pages: PageServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  [worker, pages] = await Promise.all([
    startLocalWorker(),
    startPageServer({
      '/hebei/original.html': resolve(FIXTURES, 'seed--hebei-original/source.html'),
      '/mirror/285713.html': resolve(FIXTURES, 'seed--hebei-mirror/source.html'),
    }),
  ]);
  browser = await launchExtensionBrowser();
});

afterAll(async () => {
  await browser?.dispose();
  await pages?.close();
  await worker?.dispose();
});

/** Opens `path` and its popup, waits for the popup's page state, and returns both. */
async function openWithPopup(path: string): Promise<{ article: Page; popup: Page }> {
  const article = await browser.context.newPage();
  await article.goto(pages.url(path));
  const popup = await openPopupFor(browser, article);
  await popup.locator('body:not([data-state="loading"])').waitFor();
  return { article, popup };
}

async function clipNow(popup: Page): Promise<void> {
  await popup.getByRole('button', { name: 'Clip now' }).click();
  await popup.locator('body[data-state="saved"]').waitFor({ timeout: 30_000 });
}

describe('one story, two copies, end to end', () => {
  it('clips the original, then says the mirror is already saved and still clips it', async () => {
    await saveOptions(browser, { endpoint: worker.url, token: worker.token, autoClip: 'Off' });

    const first = await openWithPopup('/hebei/original.html');
    await clipNow(first.popup);
    // Nothing else of this story is saved: no notice (given time to answer).
    await first.popup.waitForTimeout(1000);
    expect(await first.popup.locator('#story-notice').isHidden()).toBe(true);

    const second = await openWithPopup('/mirror/285713.html');
    const notice = second.popup.locator('#story-notice');
    await notice.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await second.popup.locator('#story-notice-text').textContent()).toBe(
      'Already saved from 河北新闻网, 2018-06-20. You can still clip this copy.',
    );
    expect(await second.popup.locator('#story-notice-link').getAttribute('href')).toMatch(new RegExp(`^${worker.url}/#/articles/[0-9a-f-]{36}$`));
    await clipNow(second.popup);
    await second.popup.screenshot({ path: resolve(import.meta.dirname, '../../docs/popup-story.png'), fullPage: true });
  });

  it('lists one story with two copies, the original first', async () => {
    const folded = (await (await worker.api('/api/articles?fold=stories')).json()) as { items: Item[] };
    expect(folded.items).toHaveLength(1);
    expect(folded.items[0]).toMatchObject({ siteName: '河北新闻网', copies: 2 });
    expect(folded.items[0]!.outlets?.[0]).toBe('河北新闻网');
    const story = (await (await worker.api(`/api/articles?story=${folded.items[0]!.storyId}`)).json()) as { items: Item[] };
    expect(story.items.map((item) => item.siteName)).toEqual(['河北新闻网', folded.items[0]!.outlets?.[1]]);
    const mirror = (await (await worker.api(`/api/articles/${story.items[1]!.id}`)).json()) as { flags: string[] };
    expect(mirror.flags).toContain('mirror-suspected');
  });

  it('shows the story with its copies and outlets on the reader page', async () => {
    const story = (await (await worker.api('/api/articles?fold=stories')).json()) as { items: Item[] };
    const copies = (await (await worker.api(`/api/articles?story=${story.items[0]!.storyId}`)).json()) as { items: Item[] };
    const page = await browser.context.newPage();
    await page.goto(`${worker.url}/`);
    await page.getByLabel('API token').fill(worker.token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Stories' }).click();
    const entry = page.locator('.clip');
    await entry.first().waitFor();
    expect(await entry.count()).toBe(1);
    expect(await entry.first().textContent()).toContain('2 copies');

    await page.goto(`${worker.url}/#/articles/${copies.items[1]!.id}`);
    const section = page.locator('.story-section');
    await section.waitFor({ state: 'visible' });
    expect(await section.getByRole('heading').textContent()).toBe('同一报道 · Same story (2 copies)');
    const rows = section.locator('.story-copy');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toContain('河北新闻网');
    expect(await rows.nth(0).textContent()).toContain('original');
    expect(await rows.nth(1).textContent()).toContain('this copy');
    await section.screenshot({ path: resolve(import.meta.dirname, '../../docs/reader-story.png') });
    await rows.nth(0).getByRole('link').click();
    await page.waitForURL(`${worker.url}/#/articles/${copies.items[0]!.id}`);
  });
});
