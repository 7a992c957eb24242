/**
 * The outbox: clips waiting for the Worker's acknowledgement, kept in storage.local.
 *
 * Each entry is its own storage key (`outbox/<uuid>`), written before the first send and removed
 * only after the Worker acknowledged it, so a crash, a killed service worker or a browser restart
 * between the two loses nothing. The uuid doubles as the request's Idempotency-Key: a retry of a
 * request whose answer was lost is recognised by the Worker instead of stored twice.
 */
import browser from 'webextension-polyfill';
import type { Article } from '../../shared/article';
import { fitForUpload } from '../../shared/article-upload';
import type { ClipError, ClipTrigger, OutboxItemSummary, OutboxStatus } from '../messages';

const KEY_PREFIX = 'outbox/';

export interface OutboxEntry {
  /** UUID; also the Idempotency-Key. */
  id: string;
  article: Article;
  /** The address of the tab when clipped (the article's url may be canonicalised). */
  pageUrl: string;
  trigger: ClipTrigger;
  /** Epoch milliseconds. */
  createdAt: number;
  attempts: number;
  /** Epoch milliseconds; the next automatic attempt is not before this. */
  nextAttemptAt: number;
  /** `failed`: rejected by the Worker; waits for the user (retry or discard), never retried blindly. */
  state: 'pending' | 'failed';
  error?: ClipError;
}

function keyOf(id: string): string {
  return `${KEY_PREFIX}${id}`;
}

/** Writes a new clip to the outbox and returns its entry. */
export async function addToOutbox(article: Article, pageUrl: string, trigger: ClipTrigger, now = Date.now()): Promise<OutboxEntry> {
  const entry: OutboxEntry = {
    id: crypto.randomUUID(),
    // A very long article is sent the way the Worker would keep it, not refused whole (413).
    article: fitForUpload(article).article,
    pageUrl,
    trigger,
    createdAt: now,
    attempts: 0,
    nextAttemptAt: now,
    state: 'pending',
  };
  await browser.storage.local.set({ [keyOf(entry.id)]: entry });
  return entry;
}

function isEntry(value: unknown): value is OutboxEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<OutboxEntry>;
  return typeof entry.id === 'string' && typeof entry.article === 'object' && entry.article !== null && typeof entry.createdAt === 'number';
}

/** Every entry, oldest first (clips are sent in the order they were taken). */
export async function listOutbox(): Promise<OutboxEntry[]> {
  const all = await browser.storage.local.get(null);
  return Object.entries(all)
    .filter(([key, value]) => key.startsWith(KEY_PREFIX) && isEntry(value))
    .map(([, value]) => value as OutboxEntry)
    .sort((a, b) => a.createdAt - b.createdAt);
}

/** One entry by id, or null when it is gone (acknowledged or discarded). */
export async function getOutboxEntry(id: string): Promise<OutboxEntry | null> {
  const stored = await browser.storage.local.get(keyOf(id));
  const value = stored[keyOf(id)];
  return isEntry(value) ? value : null;
}

/** Replaces a stored entry. */
export async function putOutboxEntry(entry: OutboxEntry): Promise<void> {
  await browser.storage.local.set({ [keyOf(entry.id)]: entry });
}

/** Removes an entry: only after the Worker acknowledged it, or when the user discards it. */
export async function removeOutboxEntry(id: string): Promise<void> {
  await browser.storage.local.remove(keyOf(id));
}

/** Whether a storage change touched the outbox (for badge refreshes). */
export function isOutboxKey(key: string): boolean {
  return key.startsWith(KEY_PREFIX);
}

/** The entry as the popup lists it. */
export function summariseEntry(entry: OutboxEntry): OutboxItemSummary {
  return {
    id: entry.id,
    title: entry.article.title,
    pageUrl: entry.pageUrl,
    state: entry.state,
    attempts: entry.attempts,
    nextAttemptAt: entry.nextAttemptAt,
    error: entry.error,
  };
}

/** Counts and the latest error, for the badge and the UI. */
export function outboxStatusOf(entries: readonly OutboxEntry[]): OutboxStatus {
  let lastError: ClipError | undefined;
  for (const entry of entries) {
    if (entry.error && (!lastError || entry.error.at >= lastError.at)) lastError = entry.error;
  }
  return {
    pending: entries.filter((entry) => entry.state === 'pending').length,
    failed: entries.filter((entry) => entry.state === 'failed').length,
    lastError,
    items: entries.map(summariseEntry),
  };
}
