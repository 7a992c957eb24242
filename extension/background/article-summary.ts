/** The stored headline and the Worker's summary of a saved article, for the popup. */
import { loadSettings } from '../settings-store';
import type { SummaryResult } from '../messages';
import { clipErrorOf, getArticleHead, getSummary } from './worker-client';

/** Where the Worker's reader page shows an article. */
export function readerUrlFor(endpoint: string, articleId: string): string {
  return `${endpoint}/#/articles/${encodeURIComponent(articleId)}`;
}

/** Fetches the stored article's headline and its summary; errors are described, not thrown. */
export async function summaryOf(articleId: string): Promise<SummaryResult> {
  const settings = await loadSettings();
  try {
    const [head, summary] = await Promise.all([getArticleHead(settings, articleId), getSummary(settings, articleId)]);
    return {
      ok: true,
      title: head.title,
      version: head.version,
      savedAt: head.savedAt,
      summary: summary.summary,
      sentences: summary.sentences,
      readerUrl: readerUrlFor(settings.endpoint, articleId),
    };
  } catch (error) {
    return { ok: false, error: clipErrorOf(error, settings.endpoint) };
  }
}
