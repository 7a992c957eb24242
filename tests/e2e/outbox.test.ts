/**
 * Issue 6, tests 2 and 3, in real Chromium: clips taken while the Worker is down wait in the
 * outbox (the badge counts them) and are delivered exactly once when it is back, without the
 * popup being opened; pending clips survive a browser restart and are sent after it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/chromium-with-extension';
import { badgeText, saveOptions } from './support/extension-ui';
import { startLocalWorker, type LocalWorker } from './support/local-worker';
import { startPageServer, type PageServer } from './support/page-server';
import { startTogether, waitFor } from './support/process-group';
import { TEST_PAGE_ROUTES } from './support/test-pages';
import { settledArticlePosts, storedArticles, waitForStored } from './support/worker-queries';

/** Retries back off from 2 s; a minute covers the steps taken while the Worker was down. */
const DELIVERY_TIMEOUT_MS = 90_000;

let worker: LocalWorker;
let pages: PageServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  await startTogether(
    startLocalWorker().then((started) => (worker = started)),
    startPageServer(TEST_PAGE_ROUTES).then((started) => (pages = started)),
    launchExtensionBrowser().then((started) => (browser = started)),
  );
  // "On open" clips every article page as it opens: three pages, three clips, no popup involved.
  await saveOptions(browser, { endpoint: worker.url, token: worker.token, autoClip: 'On open' });
});

afterAll(async () => {
  await browser?.dispose();
  await pages?.close();
  await worker?.dispose();
});

/** Opens an article page (clipped on open), waits until the badge counts `pending` clips, closes it. */
async function clipOnOpen(path: string, pending: number): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(pages.url(path));
  await waitFor(async () => ((await badgeText(browser)) === String(pending) ? true : undefined), 15_000, `badge ${pending}`);
  await page.close();
}

describe('the outbox (Chromium)', () => {
  it('keeps clips while the Worker is down and delivers each exactly once when it is back', async () => {
    await worker.stop();
    const paths = ['/hebei/mirror.html', '/sina/hongkong.html', '/guancha/apple.html'];
    // Each page is clipped on open and lands in the outbox before the next one opens.
    for (const [index, path] of paths.entries()) await clipOnOpen(path, index + 1);
    expect(await badgeText(browser)).toBe('3');

    await worker.start();
    const stored = await waitForStored(worker, 3, DELIVERY_TIMEOUT_MS);
    await waitFor(async () => ((await badgeText(browser)) === '' ? true : undefined), 15_000, 'the badge to clear');
    expect(stored.map((item) => new URL(item.url).pathname).sort()).toEqual([...paths].sort());
    expect(await settledArticlePosts(worker)).toBe(3);
  });

  it('sends clips left pending after the browser restarts', async () => {
    await worker.stop();
    await clipOnOpen('/hebei/original.html', 1);

    await browser.close();
    await worker.start();
    browser = await launchExtensionBrowser(browser.profileDir);
    const stored = await waitForStored(worker, 4, DELIVERY_TIMEOUT_MS);
    expect(stored.some((item) => item.url === pages.url('/hebei/original.html'))).toBe(true);
    await waitFor(async () => ((await badgeText(browser)) === '' ? true : undefined), 15_000, 'the badge to clear');
    expect(await settledArticlePosts(worker)).toBe(4);
    expect(await storedArticles(worker)).toHaveLength(4);
  });
});
