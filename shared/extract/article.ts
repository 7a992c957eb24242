import type { Article } from '../article';
import { EXTRACTOR } from '../version';

export interface ExtractOptions {
  /** The page's address as visited. */
  url: string;
}

/**
 * Extracts the main content of `document` as an article; `null` when the page has no
 * main content. Never mutates `document`.
 * (Skeleton placeholder: replaced by the real extractor.)
 */
export function extractArticle(document: Document, { url }: ExtractOptions): Article | null {
  const title = document.title.trim();
  const text = (document.body?.textContent ?? '').trim();
  if (!title || !text) return null;
  return {
    url,
    canonicalUrl: url,
    title,
    authors: [],
    editors: [],
    lang: document.documentElement.getAttribute('lang') || 'und',
    keywords: [],
    text,
    html: '',
    wordCount: text.length,
    flags: [],
    extractor: { ...EXTRACTOR },
  };
}

/** Whether the page is a single article (story, post) rather than a list, home or form. */
export function isArticlePage(document: Document, options: ExtractOptions): boolean {
  return extractArticle(document, options) !== null;
}
