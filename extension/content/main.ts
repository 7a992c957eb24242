/**
 * The content script: answers the background's requests for this page (inspect, extract) and,
 * when the policy says so, clips the page by itself — on open, or once it has been read.
 * Single-page sites are re-evaluated after each history navigation; each address is clipped once.
 */
import { isContentRequest, sendToBackground, type ContentRequest, type ContentResponses } from '../messages';
import { messagingApi } from '../native-messaging';
import { pageKey, waitForQuietDom, watchNavigation } from './navigation-watcher';
import { extractCurrentPage, inspectCurrentPage, readCurrentPage } from './page-extraction';
import { watchReading } from './read-tracker';

/** Set on the isolated world's global so that a second injection (scripting API) does nothing. */
const LOADED_FLAG = '__jianbaoContentScriptLoaded';

function answer(request: ContentRequest): ContentResponses[ContentRequest['type']] {
  switch (request.type) {
    case 'inspect-page':
      return inspectCurrentPage();
    case 'extract-page':
      return extractCurrentPage();
  }
}

/** Extraction is the heaviest work of the content script: let the page finish its own first. */
const IDLE_TIMEOUT_MS = 2_000;

function whenIdle(): Promise<void> {
  return new Promise((resolve) => window.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS }));
}

/** Addresses (without fragment) already clipped automatically in this tab. */
const autoClipped = new Set<string>();
let stopReading: (() => void) | null = null;
/** Bumped by every evaluation: an evaluation overtaken by a newer one (navigation) gives up. */
let evaluation = 0;

async function autoClip(trigger: 'auto-read' | 'auto-open'): Promise<void> {
  const extraction = extractCurrentPage();
  if (!extraction.ok) return;
  autoClipped.add(pageKey(location.href));
  autoClipped.add(pageKey(extraction.article.canonicalUrl));
  await sendToBackground({ type: 'auto-clip', article: extraction.article, trigger });
}

/** Looks at the page as it is now and arms auto-clip if it applies. */
async function evaluatePage(): Promise<void> {
  stopReading?.();
  stopReading = null;
  const current = ++evaluation;
  const key = pageKey(location.href);
  if (autoClipped.has(key)) return;
  const policy = await sendToBackground({ type: 'get-auto-clip-policy' });
  if (policy.mode === 'off') return;
  await whenIdle();
  if (current !== evaluation || pageKey(location.href) !== key) return; // overtaken by a navigation
  const { isArticle, extraction } = readCurrentPage();
  if (!isArticle) return;
  if (policy.mode === 'on-open') {
    await autoClip('auto-open');
    return;
  }
  if (!extraction.ok) return;
  stopReading = watchReading(window, {
    articleText: extraction.article.text,
    visibleSeconds: policy.readSeconds,
    onRead: () => {
      // The page may have changed address meanwhile; only clip what is still shown.
      if (pageKey(location.href) === key) void autoClip('auto-read').catch(reportError);
    },
  });
}

function reportError(error: unknown): void {
  console.error('Jianbao: auto-clip failed', error);
}

function start(): void {
  messagingApi().runtime.onMessage.addListener((message, _sender, sendResponse) => {
    if (!isContentRequest(message)) return undefined; // not ours: let another listener answer
    sendResponse(answer(message));
    return false;
  });
  void evaluatePage().catch(reportError);
  watchNavigation(window, () => {
    stopReading?.();
    stopReading = null;
    void waitForQuietDom(window)
      .then(evaluatePage)
      .catch(reportError);
  });
}

const scope = globalThis as typeof globalThis & { [LOADED_FLAG]?: boolean };
if (!scope[LOADED_FLAG]) {
  scope[LOADED_FLAG] = true;
  start();
}
