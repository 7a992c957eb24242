/** What the tests ask the local Worker: the stored articles, and how often clips were posted. */
import type { LocalWorker } from './local-worker';
import { waitFor } from './process-group';

export interface ListedArticle {
  id: string;
  title: string;
  url: string;
  canonicalUrl: string;
}

/** Every stored article (the tests store a handful). */
export async function storedArticles(worker: LocalWorker): Promise<ListedArticle[]> {
  const response = await worker.api('/api/articles?limit=100');
  if (!response.ok) throw new Error(`GET /api/articles answered ${response.status}`);
  return ((await response.json()) as { items: ListedArticle[] }).items;
}

/** Waits until at least `count` articles are stored; resolves with them. */
export function waitForStored(worker: LocalWorker, count: number, timeoutMs = 30_000): Promise<ListedArticle[]> {
  return waitFor(async () => {
    const items = await storedArticles(worker);
    return items.length >= count ? items : undefined;
  }, timeoutMs, `${count} stored article(s)`);
}

/** How many article saves reached the Worker (from wrangler's request log). */
export function articlePosts(worker: LocalWorker): number {
  return worker.requestLog().filter((line) => line.startsWith('POST /api/articles ')).length;
}

/**
 * The number of article saves once wrangler's log has caught up: it prints a request line after
 * the response, so a count read right after an API check may lag; wait until it holds for a second.
 */
export async function settledArticlePosts(worker: LocalWorker): Promise<number> {
  let last = articlePosts(worker);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const now = articlePosts(worker);
    if (now === last) return now;
    last = now;
  }
}
