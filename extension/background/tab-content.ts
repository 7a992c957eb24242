/**
 * Talking to the content script of a tab. Tabs opened before the extension was installed or
 * updated have no content script yet: it is injected on demand (scripting API), once.
 */
import browser from 'webextension-polyfill';
import { sendToTab, type ContentRequest, type ContentResponses } from '../messages';

/** The bundled content script (see scripts/build-extension.mjs). */
const CONTENT_SCRIPT_FILE = 'content.js';

/**
 * Sends `request` to the tab's content script, injecting it first when none answers.
 * @throws when the page cannot be scripted (browser pages, the web store, PDFs).
 */
export async function askTab<R extends ContentRequest>(tabId: number, request: R): Promise<ContentResponses[R['type']]> {
  try {
    return await sendToTab(tabId, request);
  } catch {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    return sendToTab(tabId, request);
  }
}
