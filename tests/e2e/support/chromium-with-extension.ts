/**
 * Real Chromium (Debian's /usr/bin/chromium) with the built extension (dist/chrome) loaded,
 * driven by playwright-core. The profile directory persists across `relaunch`, like a user's.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { Browser } from 'webextension-polyfill';
import { waitFor } from './process-group';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROME_EXTENSION_DIR = resolve(import.meta.dirname, '../../../dist/chrome');

export interface ExtensionBrowser {
  context: BrowserContext;
  /** The profile directory: pass it to launchExtensionBrowser again to restart the browser. */
  profileDir: string;
  extensionId: string;
  /** The extension's background service worker (started on demand by Chromium). */
  background(): Promise<Worker>;
  /** chrome-extension://ID/PATH */
  pageUrl(path: string): string;
  /** The extension's id for the tab showing `page`. */
  tabIdOf(page: Page): Promise<number>;
  /** Closes the browser, keeping the profile. */
  close(): Promise<void>;
  /** Closes the browser and deletes the profile. */
  dispose(): Promise<void>;
}

function chromiumArgs(extensionDir: string): string[] {
  return [
    '--headless=new',
    '--no-sandbox',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--lang=en-US',
    // Only the local servers resolve: pages' external scripts fail fast and nothing reaches the network.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ];
}

/**
 * The extension's id, from its service worker's address. A fresh install opens its options page
 * (nothing works before it is set up): wait for it and close it, so that it does not take over a
 * tab the test opens next.
 */
async function startedExtensionId(context: BrowserContext, freshInstall: boolean): Promise<string> {
  const firstWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(firstWorker.url()).host;
  if (freshInstall) {
    const isSetupPage = (page: Page): boolean => page.url() === `chrome-extension://${extensionId}/options.html`;
    const setup = await waitFor(() => context.pages().find(isSetupPage), 15_000, 'the options page opened on install');
    await setup.close();
  }
  return extensionId;
}

/** Launches Chromium with dist/chrome on a new (or the given) profile. */
export async function launchExtensionBrowser(existingProfile?: string): Promise<ExtensionBrowser> {
  const profileDir = existingProfile ?? mkdtempSync(join(tmpdir(), 'jianbao-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: chromiumArgs(CHROME_EXTENSION_DIR),
    // Playwright's default args disable extensions; these are the ones we must keep out.
    ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages'],
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  let extensionId: string;
  try {
    extensionId = await startedExtensionId(context, !existingProfile);
  } catch (error) {
    await context.close();
    throw error;
  }

  const background = async (): Promise<Worker> =>
    waitFor(() => context.serviceWorkers().find((worker) => worker.url().startsWith(`chrome-extension://${extensionId}/`)), 30_000, 'the extension service worker');

  const browser: ExtensionBrowser = {
    context,
    profileDir,
    extensionId,
    background,
    pageUrl: (path) => `chrome-extension://${extensionId}/${path}`,
    async tabIdOf(page) {
      const worker = await background();
      const url = page.url();
      return waitFor(
        () =>
          worker.evaluate(async (href) => {
            const { chrome } = globalThis as unknown as { chrome: Browser };
            return (await chrome.tabs.query({})).find((tab) => tab.url === href)?.id;
          }, url),
        10_000,
        `the tab of ${url}`,
      );
    },
    close: () => context.close(),
    async dispose() {
      await context.close().catch(() => undefined);
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
  return browser;
}
