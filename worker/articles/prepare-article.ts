import { ARTICLE_LIMITS, type Article } from '../../shared/article';
import { toIndexText } from '../../shared/search/search-text';

/**
 * Storage caps, in UTF-8 bytes. D1 refuses rows over 2 MB, and the article row holds text and
 * html together, so each is capped well below; a longer article is kept, truncated and flagged
 * `text-truncated`, never refused (a clip is not lost for being long).
 */
export const STORAGE_LIMITS = {
  textBytes: 512 * 1024,
  htmlBytes: 1024 * 1024,
} as const;

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

/** Cuts a string to at most `maxBytes` of UTF-8 without splitting a character. */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (text.length * 3 <= maxBytes) return text;
  const bytes = new TextEncoder().encode(text);
  if (bytes.byteLength <= maxBytes) return text;
  let end = maxBytes;
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--; // back off continuation bytes
  return new TextDecoder().decode(bytes.subarray(0, end));
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
