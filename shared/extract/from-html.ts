/**
 * Extraction from an HTML string, for places with no browser DOM (the Worker's POST /api/clip,
 * benchmarks in Node): linkedom builds the document, then the same extractArticle runs on it.
 */
import { parseHTML } from 'linkedom';
import { extractArticle } from './article';
import type { ExtractArticleFromHtml } from './html-contract';

/**
 * Builds a DOM from `html` with linkedom and runs {@link extractArticle} on it.
 * Returns the article, or `null` when the page has no main content.
 */
export const extractArticleFromHtml: ExtractArticleFromHtml = (html, { url }) => {
  const { document } = parseHTML(html);
  return extractArticle(document, { url });
};
