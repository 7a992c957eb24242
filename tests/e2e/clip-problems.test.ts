/**
 * Issue 6, test 4 and what goes wrong around it, in real Chromium: a token the Worker refuses
 * (401) shows as a token error in the popup, on the badge and on the options page (also through
 * Test connection); the clip is kept and delivered once the right token is saved. An article too
 * long for one request is sent cut the way the Worker stores it. A clip the Worker rejects (400)
 * is not retried forever: the popup shows the reason and offers Discard.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'webextension-polyfill';
import { launchExtensionBrowser, type ExtensionBrowser } from './support/chromium-with-extension';
import { badgeText, openPopupFor, saveOptions } from './support/extension-ui';
import { startLocalWorker, type LocalWorker } from './support/local-worker';
import { freePort } from './support/free-ports';
import { startPageServer, type PageServer } from './support/page-server';
import { startTogether, waitFor } from './support/process-group';
import { TEST_PAGE_ROUTES } from './support/test-pages';
import { settledArticlePosts, storedArticles, waitForStored } from './support/worker-queries';

/** Well-formed but unknown to the Worker. */
const WRONG_TOKEN = 'jb_0000000000000000_not-a-real-secret';

let worker: LocalWorker;
let pages: PageServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  await startTogether(
    startLocalWorker().then((started) => (worker = started)),
    startPageServer(TEST_PAGE_ROUTES).then((started) => (pages = started)),
    launchExtensionBrowser().then((started) => (browser = started)),
  );
});

afterAll(async () => {
  await browser?.dispose();
  await pages?.close();
  await worker?.dispose();
});

describe('a refused token (Chromium)', () => {
  it('is explained in the popup and the options page, and the clip waits for the right token', async () => {
    await saveOptions(browser, { endpoint: worker.url, token: WRONG_TOKEN, autoClip: 'Off' });
    const article = await browser.context.newPage();
    await article.goto(pages.url('/guancha/apple.html'));

    const popup = await openPopupFor(browser, article);
    await popup.getByRole('button', { name: 'Clip now' }).click();
    await popup.locator('body[data-state="queued"]').waitFor();
    const problem = popup.locator('#problem');
    await expect.poll(() => problem.getAttribute('data-kind')).toBe('unauthorized');
    expect(await problem.textContent()).toMatch(/refused the token \(401/);
    expect(await problem.isVisible()).toBe(true);

    expect(await badgeText(browser)).toBe('1');
    const worker_ = await browser.background();
    const colour = await worker_.evaluate(() => (globalThis as unknown as { chrome: Browser }).chrome.action.getBadgeBackgroundColor({}));
    expect(colour.slice(0, 3)).toEqual([0xb3, 0x26, 0x1e]); // the "needs you" colour, not "retrying"

    const options = await browser.context.newPage();
    await options.goto(browser.pageUrl('options.html'));
    const outboxProblem = options.locator('#outbox-problem');
    await outboxProblem.waitFor();
    expect(await outboxProblem.textContent()).toMatch(/1 clip waiting\. .*refused the token \(401/);
    await options.getByRole('button', { name: 'Test connection' }).click();
    const testResult = options.locator('#test-result');
    await expect.poll(() => testResult.getAttribute('data-kind')).toBe('unauthorized');
    expect(await testResult.textContent()).toMatch(/answers, but refused the token \(401/);

    // The right token: saving it sends the waiting clip at once.
    await options.getByLabel('Token').fill(worker.token);
    await options.getByRole('button', { name: 'Test connection' }).click();
    await expect.poll(() => testResult.getAttribute('data-kind')).toBe('ok');
    await options.getByRole('button', { name: 'Save' }).click();
    const [stored] = await waitForStored(worker, 1);
    expect(stored!.url).toBe(pages.url('/guancha/apple.html'));
    await waitFor(async () => ((await badgeText(browser)) === '' ? true : undefined), 15_000, 'the badge to clear');
  });

  it('says what is wrong with an endpoint that does not answer or is not a Jianbao Worker', async () => {
    const options = await browser.context.newPage();
    await options.goto(browser.pageUrl('options.html'));
    const testResult = options.locator('#test-result');
    const check = async (endpoint: string): Promise<{ kind: string | null; text: string | null }> => {
      await options.getByLabel('Endpoint').fill(endpoint);
      await options.getByRole('button', { name: 'Test connection' }).click();
      await expect.poll(() => testResult.textContent()).not.toBe('Testing…');
      return { kind: await testResult.getAttribute('data-kind'), text: await testResult.textContent() };
    };
    expect(await check('not a url')).toMatchObject({ kind: 'invalid-endpoint', text: expect.stringMatching(/is not a URL/) });
    const closed = `http://127.0.0.1:${await freePort()}`;
    expect(await check(closed)).toMatchObject({ kind: 'unreachable', text: expect.stringContaining(`Cannot reach ${closed}`) });
    expect(await check(pages.origin)).toMatchObject({ kind: 'not-jianbao', text: expect.stringMatching(/answered 404/) });
  });

  it('stores an article too long for one request the way the Worker keeps it: text cut on a paragraph, html left out', async () => {
    await saveOptions(browser, { endpoint: worker.url, token: worker.token, autoClip: 'Off' });
    const article = await browser.context.newPage();
    await article.goto(pages.url('/huge/article.html'));
    const popup = await openPopupFor(browser, article);
    await popup.getByRole('button', { name: 'Clip now' }).click();
    await popup.locator('body[data-state="saved"]').waitFor({ timeout: 60_000 });
    const listed = (await storedArticles(worker)).find((item) => item.url === pages.url('/huge/article.html'));
    expect(listed).toBeDefined();
    const stored = (await (await worker.api(`/api/articles/${listed!.id}`)).json()) as { text: string; html: string; flags: string[] };
    expect(stored.flags).toEqual(expect.arrayContaining(['text-truncated', 'html-omitted']));
    expect(stored.html).toBe('');
    expect(new TextEncoder().encode(stored.text).byteLength).toBeLessThanOrEqual(512 * 1024);
    expect(stored.text.length).toBeGreaterThan(100_000);
    expect(stored.text).toMatch(/。$/); // ends on a whole paragraph
    expect(worker.requestLog().filter((line) => line.startsWith('POST /api/articles 413'))).toHaveLength(0);
    await article.close();
  });

  it('shows a clip the Worker rejects with the reason, does not retry it, and lets the user discard it', async () => {
    await saveOptions(browser, { endpoint: worker.url, token: worker.token, autoClip: 'Off' });
    const postsBefore = await settledArticlePosts(worker);
    const storedBefore = (await storedArticles(worker)).length;
    const article = await browser.context.newPage();
    // Some sites keep their whole state in the address: past 8 KiB the Worker refuses the URL.
    await article.goto(`${pages.url('/guancha/apple.html')}?state=${'a1b2c3d4'.repeat(1200)}`);
    const popup = await openPopupFor(browser, article);
    await popup.getByRole('button', { name: 'Clip now' }).click();
    await popup.locator('body[data-state="failed"]').waitFor({ timeout: 60_000 });
    const problem = popup.locator('#problem');
    expect(await problem.getAttribute('data-kind')).toBe('rejected');
    expect(await problem.textContent()).toMatch(/rejected this clip \(400 validation_failed\)/);
    expect(await popup.getByRole('button', { name: 'Discard' }).isVisible()).toBe(true);
    // The badge is repainted by the background after the popup hears of the failure: wait for it.
    await waitFor(async () => ((await badgeText(browser)) === '1' ? true : undefined), 15_000, 'the badge to show 1');

    // Longer than several backoff steps: a rejected clip is not sent again by itself.
    await popup.waitForTimeout(10_000);
    expect(worker.requestLog().filter((line) => line === 'POST /api/articles 400')).toHaveLength(1);
    expect(await settledArticlePosts(worker)).toBe(postsBefore + 1);

    await popup.getByRole('button', { name: 'Discard' }).click();
    await popup.locator('body[data-state="ready"], body[data-state="not-article"]').waitFor();
    await waitFor(async () => ((await badgeText(browser)) === '' ? true : undefined), 15_000, 'the badge to clear');
    expect(await storedArticles(worker)).toHaveLength(storedBefore);
  });
});
