/**
 * Driving the extension the way a user does: its options page and popup, by their labels
 * and button names. The popup is opened as a tab (`popup.html?tab=ID`), which runs the same
 * code as the toolbar popup for that tab.
 */
import type { Page } from 'playwright-core';
import type { Browser } from 'webextension-polyfill';
import type { ExtensionBrowser } from './chromium-with-extension';

export interface OptionsInput {
  endpoint: string;
  token: string;
  autoClip?: 'Off' | 'When read' | 'On open';
  readSeconds?: number;
  allowList?: string;
  denyList?: string;
}

/** Fills the options page and presses Save; resolves once it says "Saved". */
export async function saveOptions(browser: ExtensionBrowser, input: OptionsInput): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(browser.pageUrl('options.html'));
  await page.getByLabel('Endpoint').fill(input.endpoint);
  await page.getByLabel('Token').fill(input.token);
  if (input.autoClip) await page.getByLabel(input.autoClip, { exact: true }).check();
  if (input.readSeconds !== undefined) await page.getByLabel('Seconds visible that count as read').fill(String(input.readSeconds));
  if (input.allowList !== undefined) await page.getByLabel('Allow-list').fill(input.allowList);
  if (input.denyList !== undefined) await page.getByLabel('Deny-list').fill(input.denyList);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.locator('#save-status').filter({ hasText: 'Saved' }).waitFor();
  await page.close();
}

/** Opens the popup for the tab showing `target`. */
export async function openPopupFor(browser: ExtensionBrowser, target: Page): Promise<Page> {
  const tabId = await browser.tabIdOf(target);
  const popup = await browser.context.newPage();
  // The toolbar popup's size (popup.css sets the body to 360 px).
  await popup.setViewportSize({ width: 360, height: 480 });
  await popup.goto(browser.pageUrl(`popup.html?tab=${tabId}`));
  return popup;
}

/** The extension's toolbar badge text (global, not per tab). */
export async function badgeText(browser: ExtensionBrowser): Promise<string> {
  const worker = await browser.background();
  return worker.evaluate(() => (globalThis as unknown as { chrome: Browser }).chrome.action.getBadgeText({}));
}

/** The popup's state attribute (loading, not-article, ready, saved, queued, failed, unavailable). */
export async function popupState(popup: Page): Promise<string | undefined> {
  return popup.evaluate(() => document.body.dataset.state);
}
