/**
 * Issue 6, Firefox: the same extension source built for Firefox, installed by `web-ext run`
 * (headless firefox-esr), set up on its options page and clipping an article page with the
 * popup's Clip now, stores the article in the local Worker.
 */
import type { Browser } from 'webextension-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './support/firefox-with-extension';
import { startLocalWorker, type LocalWorker } from './support/local-worker';
import { startPageServer, type PageServer } from './support/page-server';
import { startTogether, waitFor } from './support/process-group';
import { TEST_PAGE_ROUTES } from './support/test-pages';
import { waitForStored } from './support/worker-queries';


let worker: LocalWorker;
let pages: PageServer;
let firefox: FirefoxWithExtension;

beforeAll(async () => {
  await startTogether(
    startLocalWorker().then((started) => (worker = started)),
    startPageServer(TEST_PAGE_ROUTES).then((started) => (pages = started)),
    launchFirefoxWithExtension().then((started) => (firefox = started)),
  );
});

afterAll(async () => {
  await firefox?.dispose();
  await pages?.close();
  await worker?.dispose();
});

/** The tab showing `url` (waits for it to appear). */
async function contextAt(url: string): Promise<string> {
  const found = await waitFor(async () => (await firefox.bidi.contexts()).find((c) => c.url === url), 15_000, `a tab at ${url}`);
  return found.context;
}

describe('Firefox', () => {
  it('clips an article page with Clip now and the Worker stores it', async () => {
    const { bidi, extensionOrigin } = firefox;
    const options = await contextAt(`${extensionOrigin}/options.html`);
    // Fill the options form as typed input and press Save.
    const saved = await bidi.call(options, async (endpoint: string, token: string) => {
      const fill = (id: string, value: string): void => {
        const field = document.getElementById(id) as HTMLInputElement;
        field.focus();
        field.value = value;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      };
      fill('endpoint', endpoint);
      fill('token', token);
      (document.getElementById('auto-off') as HTMLInputElement).click();
      (document.getElementById('save') as HTMLButtonElement).click();
      for (let i = 0; i < 50 && !document.getElementById('save-status')?.textContent; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return document.getElementById('save-status')?.textContent ?? '';
    }, worker.url, worker.token);
    expect(saved).toBe('Saved.');

    const pageUrl = pages.url('/hebei/mirror.html');
    await bidi.openTab(pageUrl);
    // The popup for that tab, opened as a tab by the extension itself (popup.html?tab=ID).
    await bidi.call(options, async (url: string) => {
      const { browser } = globalThis as unknown as { browser: Browser };
      // Match patterns cannot carry a port, so look the tab up by its exact address.
      const tab = (await browser.tabs.query({})).find((candidate) => candidate.url === url);
      await browser.tabs.create({ url: `popup.html?tab=${tab!.id}` });
    }, pageUrl);
    const popup = await waitFor(async () => (await bidi.contexts()).find((c) => c.url.includes('/popup.html?tab=')), 15_000, 'the popup');
    const state = await bidi.call(popup.context, async () => {
      for (let i = 0; i < 50 && document.body.dataset.state === 'loading'; i++) await new Promise((r) => setTimeout(r, 100));
      const clip = [...document.querySelectorAll('button')].find((button) => button.textContent === 'Clip now')!;
      clip.click();
      for (let i = 0; i < 300 && document.body.dataset.state !== 'saved'; i++) await new Promise((r) => setTimeout(r, 100));
      return { state: document.body.dataset.state, problem: document.getElementById('problem')?.textContent };
    });
    expect(state).toEqual({ state: 'saved', problem: '' });

    const [stored] = await waitForStored(worker, 1);
    expect(stored!.url).toBe(pageUrl);
    expect(stored!.title).toMatch(/中央環保督察/);
  });

  it('says so when the user has withdrawn access to the endpoint (Firefox lets them)', async () => {
    const { bidi, extensionOrigin } = firefox;
    const options = await contextAt(`${extensionOrigin}/options.html`);
    const result = await bidi.call(options, async () => {
      const { browser } = globalThis as unknown as { browser: Browser };
      // What "Access your data for 127.0.0.1" switched off in about:addons does.
      await browser.permissions.remove({ origins: ['http://*/*'] });
      (document.getElementById('test') as HTMLButtonElement).click();
      const output = document.getElementById('test-result')!;
      for (let i = 0; i < 50 && (!output.textContent || output.textContent === 'Testing…'); i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return { kind: output.dataset.kind, text: output.textContent, allowShown: !(document.getElementById('allow') as HTMLButtonElement).hidden };
    });
    expect(result).toMatchObject({ kind: 'no-permission', allowShown: true });
    expect(result.text).toMatch(/does not let Jianbao contact http:\/\/127\.0\.0\.1:\d+/);
  });
});
