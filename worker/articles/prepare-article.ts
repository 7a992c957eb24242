import { ARTICLE_LIMITS, type Article } from '../../shared/article';
import { STORAGE_LIMITS } from '../../shared/storage-limits';
import { toIndexText } from '../../shared/search/search-text';
import { truncateUtf8 } from '../../shared/text/truncate-utf8';

/** Storage caps (shared with the extension, which applies them before sending). */
export { STORAGE_LIMITS };

/** The search text of one article, one entry per FTS column. */
export interface IndexFields {
  title: string;
  subtitle: string;
  authors: string;
  source: string;
  body: string;
}

/** Characters of body text kept for list excerpts. */
const EXCERPT_SOURCE_CHARS = 400;

/** An article ready to store: capped, its content hash, index text and list fields computed. */
export interface PreparedArticle {
  article: Article;
  contentHash: string;
  index: IndexFields;
  site: string;
  /** JSON of the fields a list item shows (articles.list_item). */
  listItem: string;
}

/** Host of a URL in lower case, without a leading `www.`: what the `site` filter matches. */
export function siteOf(url: string): string {
  return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
}

async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The fields that make two saves "the same content": what a reader sees as the article. The
 * extractor's version, flags, html markup and the visited URL do not count, so re-clipping the
 * same story is not a new version.
 */
function contentKey(article: Article): string {
  return JSON.stringify([
    article.title,
    article.subtitle ?? null,
    article.authors,
    article.editors,
    article.source ?? null,
    article.publishedAt ?? null,
    article.lang,
    article.text,
  ]);
}

/**
 * Prepares a validated article for storage: caps text and html (flagging truncation), sanitises
 * html with `sanitizeHtml`, computes the content hash and the search text.
 */
export async function prepareArticle(
  input: Article,
  sanitizeHtml: (html: string, maxBytes: number) => { html: string; changed: boolean; truncated: boolean },
): Promise<PreparedArticle> {
  const flags = new Set(input.flags);
  // Room for the flags added below within the schema's cap.
  while (flags.size > ARTICLE_LIMITS.flags - 2) flags.delete([...flags].at(-1)!);
  const text = truncateUtf8(input.text, STORAGE_LIMITS.textBytes);
  if (text.length < input.text.length) flags.add('text-truncated');
  const clean = sanitizeHtml(input.html, STORAGE_LIMITS.htmlBytes);
  if (clean.changed) flags.add('html-sanitised');
  if (clean.truncated) flags.add('text-truncated');
  const article: Article = { ...input, text, html: clean.html, flags: [...flags] };
  return {
    article,
    contentHash: await sha256Hex(contentKey(article)),
    site: siteOf(article.canonicalUrl),
    listItem: JSON.stringify({
      title: article.title,
      subtitle: article.subtitle ?? null,
      url: article.url,
      canonicalUrl: article.canonicalUrl,
      siteName: article.siteName ?? null,
      source: article.source ?? null,
      authors: article.authors,
      lang: article.lang,
      publishedAt: article.publishedAt ?? null,
      wordCount: article.wordCount,
      excerpt: article.text.slice(0, EXCERPT_SOURCE_CHARS),
    }),
    index: {
      title: toIndexText(article.title),
      subtitle: toIndexText(article.subtitle),
      authors: toIndexText(article.authors.join(' \n ')),
      source: toIndexText([article.source, article.siteName].filter(Boolean).join(' \n ')),
      body: toIndexText(article.text),
    },
  };
}
