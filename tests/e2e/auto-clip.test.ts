/**
 * Issue 6, tests 1 and 5, in real Chromium against `wrangler dev`: auto-clip "when read" stores an
 * article once the reader has scrolled through it (or kept it visible for the configured time),
 * once only; a list page is never clipped; a single-page site that changes articles with
 * history.pushState gets each article clipped once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/chromium-with-extension';
import { openPopupFor, popupState, saveOptions } from './support/extension-ui';
import { startLocalWorker, type LocalWorker } from './support/local-worker';
import { startTogether } from './support/process-group';
import { startPageServer, type PageServer } from './support/page-server';
import { scrollToEnd } from './support/reading';
import { TEST_PAGE_ROUTES } from './support/test-pages';
import { settledArticlePosts, storedArticles, waitForStored } from './support/worker-queries';

/** Long enough that only scrolling can count as reading within a test. */
const READ_SECONDS = 600;
/** How long a test waits to be sure that something does NOT happen. */
const QUIET_MS = 3_000;

let worker: LocalWorker;
let pages: PageServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  await startTogether(
    startLocalWorker().then((started) => (worker = started)),
    startPageServer(TEST_PAGE_ROUTES).then((started) => (pages = started)),
    launchExtensionBrowser().then((started) => (browser = started)),
  );
  await saveOptions(browser, { endpoint: worker.url, token: worker.token, autoClip: 'When read', readSeconds: READ_SECONDS });
});

afterAll(async () => {
  await browser?.dispose();
  await pages?.close();
  await worker?.dispose();
});

describe('auto-clip when read (Chromium)', () => {
  it('stores an article once it has been scrolled through, and only once', async () => {
    const page = await browser.context.newPage();
    await page.goto(pages.url('/hebei/original.html'));
    await page.waitForTimeout(QUIET_MS);
    expect(await settledArticlePosts(worker), 'opening the page alone is not reading it').toBe(0);

    await scrollToEnd(page);
    const [stored] = await waitForStored(worker, 1);
    expect(stored!.url).toBe(pages.url('/hebei/original.html'));
    expect(stored!.title).toMatch(/环保督察/);

    // Reading it again, or coming back to it later, does not clip it again.
    await page.evaluate(() => window.scrollTo(0, 0));
    await scrollToEnd(page);
    await page.reload();
    await scrollToEnd(page);
    await page.waitForTimeout(QUIET_MS);
    expect(await settledArticlePosts(worker)).toBe(1);
    expect(await storedArticles(worker)).toHaveLength(1);
    await page.close();
  });

  it('does not clip a list page', async () => {
    const before = await settledArticlePosts(worker);
    const page = await browser.context.newPage();
    await page.goto(pages.url('/163/list.html'));
    await scrollToEnd(page);
    await page.waitForTimeout(QUIET_MS);
    expect(await settledArticlePosts(worker)).toBe(before);

    const popup = await openPopupFor(browser, page);
    await popup.waitForFunction(() => document.body.dataset.state !== 'loading');
    expect(await popupState(popup)).toBe('not-article');
    await popup.close();
    await page.close();
  });

  it('clips each article of a single-page site once as it changes articles with pushState', async () => {
    const before = (await storedArticles(worker)).length;
    const page = await browser.context.newPage();
    await page.goto(pages.url('/spa/tide-barrier'));
    await scrollToEnd(page);
    await waitForStored(worker, before + 1);

    await page.getByRole('link', { name: 'Night ferries' }).click();
    await page.waitForURL(pages.url('/spa/night-ferries'));
    await scrollToEnd(page);
    const items = await waitForStored(worker, before + 2);
    const spaTitles = items.filter((item) => item.url.includes('/spa/')).map((item) => item.title).sort();
    expect(spaTitles).toEqual(['City approves a tide barrier for the old harbour', 'Night ferries return to the bay after four years']);

    // Back to the first story, by link and by the back button: already clipped, not clipped again.
    const posts = await settledArticlePosts(worker);
    await page.getByRole('link', { name: 'Tide barrier' }).click();
    await page.waitForURL(pages.url('/spa/tide-barrier'));
    await scrollToEnd(page);
    await page.goBack();
    await page.waitForURL(pages.url('/spa/night-ferries'));
    await scrollToEnd(page);
    await page.waitForTimeout(QUIET_MS);
    expect(await settledArticlePosts(worker), worker.requestLog().join('\n')).toBe(posts);
    expect(await storedArticles(worker)).toHaveLength(before + 2);
    await page.close();
  });

  it('counts an article kept visible for the configured seconds as read, without any scrolling', async () => {
    await saveOptions(browser, { endpoint: worker.url, token: worker.token, autoClip: 'When read', readSeconds: 5 });
    const before = (await storedArticles(worker)).length;
    const page = await browser.context.newPage();
    await page.goto(pages.url('/sina/hongkong.html'));
    await page.waitForTimeout(2_000);
    expect(await storedArticles(worker), 'two seconds are not five').toHaveLength(before);
    const items = await waitForStored(worker, before + 1, 20_000);
    expect(items.some((item) => item.url === pages.url('/sina/hongkong.html'))).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.close();
  });
});
