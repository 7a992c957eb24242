/**
 * An article as a Markdown file with YAML front matter, the form Obsidian, Hugo, Jekyll, Eleventy
 * and Zola read as is: metadata between `---` lines, then the headline and the body.
 */
import type { StoredArticle } from '../article';
import { htmlToMarkdown } from './html-to-markdown';
import { escapeMarkdownLine } from './markdown-escape';
import { yamlString } from './yaml-string';

export { escapeMarkdownLine } from './markdown-escape';

/** What the Markdown export needs: a stored article, the summary when one is known. */
export interface MarkdownExportInput {
  article: StoredArticle;
  /** The summary as one paragraph (front matter `summary` and the quote under the headline). */
  summary?: string;
}

/**
 * Front matter keys in the order written. The first ten are the contract (DESIGN/issue 7);
 * the rest help static-site tools and a later re-import (`id`, `version`).
 */
const FRONT_MATTER_KEYS = [
  'title',
  'url',
  'canonicalUrl',
  'source',
  'authors',
  'editors',
  'publishedAt',
  'savedAt',
  'lang',
  'summary',
  'subtitle',
  'siteName',
  'modifiedAt',
  'keywords',
  'id',
  'version',
] as const;

type FrontMatterValue = string | number | readonly string[] | undefined;

function frontMatterLine(key: string, value: FrontMatterValue): string | null {
  if (value === undefined) return null;
  if (typeof value === 'number') return `${key}: ${value}`;
  if (typeof value === 'string') return `${key}: ${yamlString(value)}`;
  if (value.length === 0) return `${key}: []`;
  return `${key}:\n${value.map((item) => `  - ${yamlString(item)}`).join('\n')}`;
}

/** The body text (paragraphs joined by a blank line) as Markdown paragraphs. */
function bodyMarkdown(text: string): string {
  return text
    .split(/\n[ \t]*\n+/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => escapeMarkdownLine(line.trimEnd()))
        .filter((line) => line !== '')
        .join('\n'),
    )
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

/**
 * Renders the article as Markdown: YAML front matter (title, url, canonicalUrl, source, authors,
 * editors, publishedAt, savedAt, lang, summary, then subtitle, siteName, modifiedAt, keywords,
 * id, version; absent optional fields are left out), then `# headline`, the subtitle, the
 * summary as a quote, and the body: converted from the sanitised `html` (structure kept), or
 * the text's paragraphs when there is no html. Every string is quoted so no title
 * breaks the front matter.
 */
export function articleToMarkdown({ article, summary }: MarkdownExportInput): string {
  const values: Record<(typeof FRONT_MATTER_KEYS)[number], FrontMatterValue> = {
    title: article.title,
    url: article.url,
    canonicalUrl: article.canonicalUrl,
    source: article.source,
    authors: article.authors,
    editors: article.editors,
    publishedAt: article.publishedAt,
    savedAt: article.savedAt,
    lang: article.lang,
    summary: summary?.trim() || undefined,
    subtitle: article.subtitle,
    siteName: article.siteName,
    modifiedAt: article.modifiedAt,
    keywords: article.keywords.length > 0 ? article.keywords : undefined,
    id: article.id,
    version: article.version,
  };
  const frontMatter = FRONT_MATTER_KEYS.map((key) => frontMatterLine(key, values[key])).filter(
    (line): line is string => line !== null,
  );
  const parts = [`---\n${frontMatter.join('\n')}\n---`, `# ${escapeMarkdownLine(oneLine(article.title))}`];
  if (article.subtitle) parts.push(bodyMarkdown(article.subtitle));
  if (values.summary) parts.push(`> ${escapeMarkdownLine(oneLine(values.summary as string))}`);
  // The sanitised html keeps headings, lists, quotes and links; the text is the fallback.
  parts.push((article.html ? htmlToMarkdown(article.html) : '') || bodyMarkdown(article.text));
  return `${parts.filter((part) => part !== '').join('\n\n')}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
