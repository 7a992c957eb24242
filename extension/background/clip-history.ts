/**
 * Clips the Worker has acknowledged, most recent first, so the popup can say "saved" for a page
 * and auto-clip takes each article once. Bounded: only the newest HISTORY_LIMIT are kept.
 */
import browser from 'webextension-polyfill';
import type { SavedClip } from '../messages';

const HISTORY_KEY = 'history';
/** Enough for weeks of reading; old entries only cost a second auto-clip (the Worker dedupes it). */
const HISTORY_LIMIT = 500;

function isSavedClip(value: unknown): value is SavedClip {
  if (typeof value !== 'object' || value === null) return false;
  const clip = value as Partial<SavedClip>;
  return typeof clip.articleId === 'string' && typeof clip.pageUrl === 'string' && typeof clip.canonicalUrl === 'string';
}

/** Acknowledged clips, newest first. */
export async function loadHistory(): Promise<SavedClip[]> {
  const stored = await browser.storage.local.get(HISTORY_KEY);
  const list = stored[HISTORY_KEY];
  return Array.isArray(list) ? list.filter(isSavedClip) : [];
}

/** Records an acknowledged clip (replacing an older record of the same page). */
export async function recordSaved(clip: SavedClip): Promise<void> {
  const history = await loadHistory();
  const rest = history.filter((old) => old.canonicalUrl !== clip.canonicalUrl && old.pageUrl !== clip.pageUrl);
  await browser.storage.local.set({ [HISTORY_KEY]: [clip, ...rest].slice(0, HISTORY_LIMIT) });
}

/** The saved clip for a page address or canonical URL, if any. */
export function findSaved(history: readonly SavedClip[], urls: readonly string[]): SavedClip | undefined {
  return history.find((clip) => urls.includes(clip.pageUrl) || urls.includes(clip.canonicalUrl));
}
