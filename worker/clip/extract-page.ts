/**
 * The extraction step of POST /api/clip: pre-strip the page natively, then build a DOM with
 * linkedom and run the shared extractor on it (the same code the extension runs in the page).
 */
import type { Article } from '../../shared/article';
import { extractArticleFromHtml } from '@jianbao/extract-html';
import { stripHtml } from './strip-html';

/**
 * Extracts the article of an HTML page given as text; `null` when the page has no main content.
 * `url` is the address the page was read from (resolves relative links).
 */
export async function extractPage(html: string, url: string): Promise<Article | null> {
  const stripped = await stripHtml(html);
  return extractArticleFromHtml(stripped, { url });
}
