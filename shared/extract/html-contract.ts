/**
 * The HTML-string entry to extraction, typed without DOM types so that code built against
 * workers-types (which has no DOM) can call it: the Worker imports it through the
 * `@jianbao/extract-html` alias (see worker/types/extract-html.d.ts) instead of following the
 * import into DOM-typed modules.
 */
import type { Article } from '../article';

/** Options for {@link ExtractArticleFromHtml}. */
export interface HtmlExtractOptions {
  /** The page's address as visited (resolves relative links, fills `url`). */
  url: string;
}

/** Parses `html` into a document and extracts its article; `null` when there is none. */
export type ExtractArticleFromHtml = (html: string, options: HtmlExtractOptions) => Article | null;
