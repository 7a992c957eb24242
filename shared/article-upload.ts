/**
 * Making a long article fit in one API request. The Worker refuses bodies over 2 MiB (413) and
 * stores at most STORAGE_LIMITS of text; a very long page (a 400,000-character Chinese report
 * with its html) would be refused whole. The extension sends such an article the way the Worker
 * would keep it instead: the html left out (the reader page then renders the text), the text cut
 * at the storage cap on a paragraph break, and both changes flagged. Nothing is cut from an article
 * that already fits.
 */
import type { Article } from './article';
import { ARTICLE_LIMITS } from './article-limits';
import { MAX_REQUEST_BYTES, STORAGE_LIMITS } from './storage-limits';
import { truncateUtf8, utf8Length } from './text/truncate-utf8';

/** A paragraph break this close to the cut is where the text ends (a whole paragraph is kept). */
const PARAGRAPH_CUT_WINDOW = 0.9;

/** What was changed to make an article fit. */
export interface UploadFit {
  article: Article;
  htmlOmitted: boolean;
  textTruncated: boolean;
}

function requestBytes(article: Article): number {
  return utf8Length(JSON.stringify(article));
}

/** Cuts text to the storage cap, on the last paragraph break near the cut when there is one. */
function truncateText(text: string, maxBytes: number): string {
  const cut = truncateUtf8(text, maxBytes);
  if (cut.length === text.length) return text;
  const lastBreak = cut.lastIndexOf('\n\n');
  return lastBreak >= cut.length * PARAGRAPH_CUT_WINDOW ? cut.slice(0, lastBreak) : cut;
}

function withFlag(flags: readonly string[], flag: string): string[] {
  if (flags.includes(flag)) return [...flags];
  return [...flags.slice(0, ARTICLE_LIMITS.flags - 1), flag];
}

/**
 * `article` as it can be sent in one request of at most `maxBytes` (the API's limit by default):
 * unchanged when it fits; otherwise without its html and with its text cut to the Worker's storage
 * cap, flagged `html-omitted` / `text-truncated`. Never mutates its input.
 */
export function fitForUpload(article: Article, maxBytes: number = MAX_REQUEST_BYTES): UploadFit {
  if (requestBytes(article) <= maxBytes) return { article, htmlOmitted: false, textTruncated: false };
  let flags = [...article.flags];
  const htmlOmitted = article.html.length > 0;
  if (htmlOmitted) flags = withFlag(flags, 'html-omitted');
  const text = truncateText(article.text, STORAGE_LIMITS.textBytes);
  const textTruncated = text.length < article.text.length;
  if (textTruncated) flags = withFlag(flags, 'text-truncated');
  return { article: { ...article, html: '', text, flags }, htmlOmitted, textTruncated };
}
