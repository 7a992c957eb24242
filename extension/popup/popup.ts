/**
 * The popup: this page's state (not an article / ready / saved / queued / failed), what was
 * extracted, Clip now, and for a saved clip the stored headline and the Worker's summary.
 * Opening it also sends the outbox at once.
 *
 * The tab is the active one, or `?tab=ID` when the popup is opened as a page (keyboard users,
 * tests): the same code either way.
 */
import browser from 'webextension-polyfill';
import {
  sendToBackground,
  type ArticlePreview,
  type ClipError,
  type ClipOutcome,
  type OutboxStatus,
  type SavedClip,
  type TabState,
} from '../messages';
import { byId } from '../ui/dom';
import { showStoryNotice } from './story-notice';

const view = {
  state: byId('state', HTMLParagraphElement),
  details: byId('details', HTMLElement),
  headline: byId('headline', HTMLElement),
  date: byId('date', HTMLElement),
  source: byId('source', HTMLElement),
  reporter: byId('reporter', HTMLElement),
  problem: byId('problem', HTMLParagraphElement),
  clip: byId('clip', HTMLButtonElement),
  retry: byId('retry', HTMLButtonElement),
  discard: byId('discard', HTMLButtonElement),
  saved: byId('saved', HTMLElement),
  storedHeadline: byId('stored-headline', HTMLParagraphElement),
  summary: byId('summary', HTMLParagraphElement),
  readerLink: byId('reader-link', HTMLAnchorElement),
  outbox: byId('outbox', HTMLElement),
  outboxText: byId('outbox-text', HTMLParagraphElement),
  optionsLink: byId('options-link', HTMLAnchorElement),
};

type PageState = TabState['state'] | 'loading' | 'clipping';

/** Headline of each state, as the user reads it. */
const STATE_TEXT: Record<PageState, string> = {
  loading: 'Looking at this page…',
  clipping: 'Clipping…',
  unavailable: 'This page cannot be clipped',
  'not-article': 'Not an article (Clip now still takes its main text)',
  ready: 'Ready to clip',
  saved: 'Saved',
  queued: 'Queued: waiting for the Worker',
  failed: 'Failed',
};

let currentOutboxId: string | null = null;

function setState(state: PageState, extra?: string): void {
  document.body.dataset.state = state;
  view.state.textContent = extra ? `${STATE_TEXT[state]}: ${extra}` : STATE_TEXT[state];
}

/** `2018-06-20T17:59:25+08:00` → `2018-06-20 17:59:25 +08:00`: the page's own time, not converted. */
function formatDate(iso: string | undefined): string {
  if (!iso) return '—';
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:\d{2})?)?$/.exec(iso);
  if (!match) return iso;
  return [match[1], match[2], match[3] === 'Z' ? 'UTC' : match[3]].filter(Boolean).join(' ');
}

function showPreview(preview: ArticlePreview | null): void {
  view.details.hidden = preview === null;
  if (!preview) return;
  view.headline.textContent = preview.title;
  view.headline.lang = preview.lang;
  view.date.textContent = formatDate(preview.publishedAt);
  view.source.textContent = preview.source ?? preview.siteName ?? '—';
  view.reporter.textContent = preview.authors.length > 0 ? preview.authors.join('、') : '—';
}

function showProblem(error: ClipError | string | undefined): void {
  const message = typeof error === 'string' ? error : error?.message;
  view.problem.hidden = !message;
  view.problem.textContent = message ?? '';
  view.problem.dataset.kind = typeof error === 'object' ? error.kind : '';
}

function showFailedActions(outboxId: string | null): void {
  currentOutboxId = outboxId;
  view.retry.hidden = outboxId === null;
  view.discard.hidden = outboxId === null;
}

async function showSaved(saved: SavedClip): Promise<void> {
  view.saved.hidden = false;
  view.storedHeadline.textContent = saved.title;
  view.summary.textContent = 'Loading the summary…';
  const result = await sendToBackground({ type: 'get-summary', articleId: saved.articleId });
  if (!result.ok) {
    view.summary.textContent = '';
    showProblem(result.error);
    return;
  }
  view.storedHeadline.textContent = result.title;
  view.summary.textContent = result.summary || '(The Worker returned no summary for this article.)';
  view.readerLink.href = result.readerUrl;
}

function renderTabState(state: TabState): void {
  view.saved.hidden = true;
  showFailedActions(null);
  showProblem(undefined);
  switch (state.state) {
    case 'unavailable':
      setState('unavailable');
      showPreview(null);
      showProblem(state.reason);
      view.clip.disabled = true;
      return;
    case 'not-article':
    case 'ready':
      setState(state.state);
      showPreview(state.preview);
      return;
    case 'saved':
      setState('saved');
      showPreview(state.preview);
      void showSaved(state.saved);
      return;
    case 'queued':
      setState('queued');
      showPreview(state.preview);
      showProblem(state.item.error);
      return;
    case 'failed':
      setState('failed');
      showPreview(state.preview);
      showProblem(state.item.error);
      showFailedActions(state.item.id);
      return;
  }
}

function renderOutcome(outcome: ClipOutcome): void {
  view.saved.hidden = true;
  showFailedActions(null);
  showProblem(undefined);
  switch (outcome.state) {
    case 'not-extracted':
      setState('not-article');
      showProblem(outcome.reason);
      return;
    case 'saved':
      setState('saved');
      showPreview(outcome.preview);
      void showSaved(outcome.saved);
      return;
    case 'queued':
      setState('queued');
      showPreview(outcome.preview);
      showProblem(outcome.error);
      return;
    case 'failed':
      setState('failed');
      showPreview(outcome.preview);
      showProblem(outcome.error);
      showFailedActions(outcome.outboxId);
      return;
  }
}

function renderOutbox(status: OutboxStatus): void {
  const count = status.pending + status.failed;
  view.outbox.hidden = count === 0;
  if (count === 0) return;
  const parts = [`${status.pending} waiting to be sent`];
  if (status.failed > 0) parts.push(`${status.failed} rejected by the Worker`);
  view.outboxText.textContent = `${parts.join(', ')}.${status.lastError ? ` Last problem: ${status.lastError.message}` : ''}`;
}

async function resolveTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function main(): Promise<void> {
  const tabId = await resolveTabId();
  view.optionsLink.addEventListener('click', (event) => {
    event.preventDefault();
    void browser.runtime.openOptionsPage();
  });
  if (tabId === null) {
    setState('unavailable');
    view.clip.disabled = true;
    return;
  }
  const refresh = async (): Promise<void> => renderTabState(await sendToBackground({ type: 'get-tab-state', tabId }));

  view.clip.addEventListener('click', async () => {
    view.clip.disabled = true;
    setState('clipping');
    try {
      renderOutcome(await sendToBackground({ type: 'clip-tab', tabId, trigger: 'popup' }));
      renderOutbox(await sendToBackground({ type: 'get-outbox-status' }));
    } finally {
      view.clip.disabled = false;
    }
  });
  view.retry.addEventListener('click', async () => {
    renderOutbox(await sendToBackground({ type: 'retry-failed' }));
    await refresh();
  });
  view.discard.addEventListener('click', async () => {
    if (currentOutboxId === null) return;
    renderOutbox(await sendToBackground({ type: 'discard-clip', outboxId: currentOutboxId }));
    await refresh();
  });

  await refresh();
  // Is this page a copy of a story already clipped elsewhere? (Clip now stays available.)
  void showStoryNotice(tabId);
  // Opening the popup sends whatever waits, at once; then the page's state may have changed.
  renderOutbox(await sendToBackground({ type: 'flush-outbox' }));
  await refresh();
}

void main().catch((error: unknown) => {
  setState('unavailable');
  showProblem(`The extension failed: ${String(error)}`);
});
