/**
 * The background service worker (Chrome) / event page (Firefox).
 *
 * Listeners are registered synchronously at the top level, as MV3 requires, so that an alarm,
 * a message, a menu click or a shortcut wakes a stopped worker and reaches its handler.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { isBackgroundRequest, type BackgroundRequest, type BackgroundResponses } from '../messages';
import { isConfigured } from '../settings';
import { loadSettings, SETTINGS_KEY } from '../settings-store';
import { autoClipPolicyFor } from '../auto-clip-policy';
import { summaryOf } from './article-summary';
import { acceptAutoClip, clipTab, tabState } from './clip-service';
import { testConnection } from './connection-test';
import { storyNoticeFor } from './story-notice';
import { currentOutboxStatus, discardClip, flushOutbox, retryFailed, RETRY_ALARM } from './outbox-delivery';

const CLIP_MENU_ID = 'jianbao-clip-page';
/** Declared under "commands" in the manifest. */
const CLIP_COMMAND = 'clip-page';

type Handlers = {
  [K in BackgroundRequest['type']]: (
    request: Extract<BackgroundRequest, { type: K }>,
    sender: Runtime.MessageSender,
  ) => Promise<BackgroundResponses[K]>;
};

const handlers: Handlers = {
  'clip-tab': (request) => clipTab(request.tabId, request.trigger),
  'auto-clip': async (request, sender) => {
    const pageUrl = sender.tab?.url;
    if (!pageUrl) return { accepted: false, reason: 'not sent from a tab' };
    return acceptAutoClip(request.article, pageUrl, request.trigger);
  },
  'get-auto-clip-policy': async (_request, sender) => autoClipPolicyFor(sender.tab?.url, await loadSettings()),
  'get-tab-state': (request) => tabState(request.tabId),
  'get-summary': (request) => summaryOf(request.articleId),
  'get-outbox-status': () => currentOutboxStatus(),
  'flush-outbox': () => flushOutbox({ force: true }),
  'retry-failed': () => retryFailed(),
  'discard-clip': (request) => discardClip(request.outboxId),
  'test-connection': (request) => testConnection(request.endpoint, request.token),
  'find-story': (request) => storyNoticeFor(request.tabId),
};

function handle<R extends BackgroundRequest>(request: R, sender: Runtime.MessageSender): Promise<BackgroundResponses[R['type']]> {
  // TypeScript cannot correlate a union key with its handler; the Handlers type above guarantees it.
  const handler = handlers[request.type] as unknown as (r: R, s: Runtime.MessageSender) => Promise<BackgroundResponses[R['type']]>;
  return handler(request, sender);
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Only our own pages and content scripts; anything else is not ours to answer.
  if (sender.id !== browser.runtime.id || !isBackgroundRequest(message)) return undefined;
  return handle(message, sender);
});

async function clipFromShortcutOrMenu(tabId: number | undefined, trigger: 'context-menu' | 'shortcut'): Promise<void> {
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  const outcome = await clipTab(id, trigger);
  // The badge and popup show queued/failed clips; a page that cannot be clipped is logged here.
  if (outcome.state === 'not-extracted') console.warn(`Jianbao: nothing to clip: ${outcome.reason}`);
}

browser.runtime.onInstalled.addListener(async ({ reason }) => {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: CLIP_MENU_ID, title: 'Clip this page to Jianbao', contexts: ['page'] });
  // A fresh install can do nothing until it knows where to send clips: show the setup first.
  if (reason === 'install' && !isConfigured(await loadSettings())) await browser.runtime.openOptionsPage();
  await flushOutbox();
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === CLIP_MENU_ID) void clipFromShortcutOrMenu(tab?.id, 'context-menu');
});

browser.commands.onCommand.addListener((command, tab) => {
  if (command === CLIP_COMMAND) void clipFromShortcutOrMenu(tab?.id, 'shortcut');
});

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === RETRY_ALARM) void flushOutbox();
});

// Resume after a browser restart (the outbox lives in storage.local).
browser.runtime.onStartup.addListener(() => void flushOutbox());

// A fixed token or endpoint should not wait for the next backoff step.
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && SETTINGS_KEY in changes) void flushOutbox({ force: true });
});

// The network came back: send now rather than at the next alarm.
globalThis.addEventListener?.('online', () => void flushOutbox({ force: true }));

// Every wake-up: send what is due and bring the badge up to date.
void flushOutbox();
