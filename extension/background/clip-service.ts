/**
 * What the background does with clips: take one from a tab, accept an automatic one, and
 * describe a tab's state for the popup. Every clip goes through the outbox.
 */
import type { Article } from '../../shared/article';
import {
  previewOf,
  type ArticlePreview,
  type ClipOutcome,
  type ClipTrigger,
  type SavedClip,
  type TabState,
} from '../messages';
import browser from 'webextension-polyfill';
import { findSaved, loadHistory } from './clip-history';
import { addToOutbox, getOutboxEntry, listOutbox, summariseEntry } from './outbox';
import { flushOutbox } from './outbox-delivery';
import { askTab } from './tab-content';

const UNSCRIPTABLE =
  'Jianbao cannot read this page: browser pages, extension stores and built-in viewers are off limits to extensions.';

/** Queues `article` and tries to send it at once; the outcome says where it ended up. */
async function clipArticle(article: Article, pageUrl: string, trigger: ClipTrigger): Promise<ClipOutcome> {
  const preview = previewOf(article);
  const entry = await addToOutbox(article, pageUrl, trigger);
  // A manual clip is the user waiting: try every pending clip now. Automatic ones respect backoff.
  await flushOutbox({ force: trigger !== 'auto-read' && trigger !== 'auto-open' });
  const left = await getOutboxEntry(entry.id);
  if (left === null) {
    const saved = findSaved(await loadHistory(), [pageUrl, article.canonicalUrl]);
    if (saved) return { state: 'saved', preview, saved };
    return { state: 'queued', preview, outboxId: entry.id };
  }
  if (left.state === 'failed' && left.error) return { state: 'failed', preview, outboxId: left.id, error: left.error };
  return { state: 'queued', preview, outboxId: left.id, error: left.error };
}

/** Clips the page shown in `tabId` (Clip now, context menu, shortcut). */
export async function clipTab(tabId: number, trigger: ClipTrigger): Promise<ClipOutcome> {
  let extraction;
  try {
    extraction = await askTab(tabId, { type: 'extract-page' });
  } catch {
    return { state: 'not-extracted', reason: UNSCRIPTABLE };
  }
  if (!extraction.ok) return { state: 'not-extracted', reason: extraction.reason };
  const tab = await browser.tabs.get(tabId);
  return clipArticle(extraction.article, tab.url ?? extraction.article.url, trigger);
}

/**
 * Accepts a clip the content script took by itself, unless this article was already clipped or
 * is waiting in the outbox: automatic clipping takes each article once.
 */
export async function acceptAutoClip(
  article: Article,
  pageUrl: string,
  trigger: 'auto-read' | 'auto-open',
): Promise<{ accepted: boolean; reason?: string }> {
  // Check and enqueue one clip at a time, so two tabs reading the same article cannot both pass
  // the check; sending happens outside this queue.
  const decision = autoClipDecisions.then(() => enqueueUnlessClipped(article, pageUrl, trigger));
  autoClipDecisions = decision.catch(() => undefined);
  const result = await decision;
  if (result.accepted) await flushOutbox();
  return result;
}

let autoClipDecisions: Promise<unknown> = Promise.resolve();

async function enqueueUnlessClipped(
  article: Article,
  pageUrl: string,
  trigger: 'auto-read' | 'auto-open',
): Promise<{ accepted: boolean; reason?: string }> {
  const urls = [pageUrl, article.url, article.canonicalUrl];
  if (findSaved(await loadHistory(), urls)) return { accepted: false, reason: 'already saved' };
  const queued = (await listOutbox()).some((entry) => urls.includes(entry.pageUrl) || urls.includes(entry.article.canonicalUrl));
  if (queued) return { accepted: false, reason: 'already in the outbox' };
  await addToOutbox(article, pageUrl, trigger);
  return { accepted: true };
}

/** The popup's view of a tab: unavailable, not an article, ready, saved, queued or failed. */
export async function tabState(tabId: number): Promise<TabState> {
  const tab = await browser.tabs.get(tabId);
  let preview: ArticlePreview | null = null;
  let isArticle = false;
  let inspectedUrl = tab.url ?? '';
  try {
    const inspection = await askTab(tabId, { type: 'inspect-page' });
    preview = inspection.preview;
    isArticle = inspection.isArticle;
    inspectedUrl = inspection.url;
  } catch {
    return { state: 'unavailable', reason: UNSCRIPTABLE };
  }
  const urls = [tab.url ?? '', inspectedUrl, preview?.canonicalUrl ?? ''].filter(Boolean);
  const entry = (await listOutbox())
    .reverse()
    .find((candidate) => urls.includes(candidate.pageUrl) || urls.includes(candidate.article.canonicalUrl));
  if (entry) {
    const item = summariseEntry(entry);
    return entry.state === 'failed' ? { state: 'failed', preview, item } : { state: 'queued', preview, item };
  }
  const saved: SavedClip | undefined = findSaved(await loadHistory(), urls);
  if (saved) return { state: 'saved', preview, saved };
  if (isArticle && preview) return { state: 'ready', preview };
  return { state: 'not-article', preview };
}
