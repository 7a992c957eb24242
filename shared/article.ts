/**
 * Article schema v1: the one declaration of what a clipped article is.
 *
 * The extension produces it (extractArticle), the Worker validates and stores it,
 * exports and feeds render it. Types are derived from the schema, never written twice.
 * The extractor imports only the *types* from here, so zod stays out of the content script.
 */
import { z } from 'zod';
import { ARTICLE_LIMITS } from './article-limits';

/** Hard caps (see article-limits.ts), re-exported for the schema's users. */
export { ARTICLE_LIMITS };

const httpUrl = z
  .string()
  .max(ARTICLE_LIMITS.url)
  .refine((value) => {
    try {
      const { protocol } = new URL(value);
      return protocol === 'http:' || protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an absolute http(s) URL');

/**
 * ISO 8601: a month (a periodical's issue, when the page names no day), a calendar date, or a
 * date-time with seconds and an offset (Z or ±hh:mm).
 */
export const isoDateSchema = z
  .string()
  .regex(
    /^\d{4}-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?)?$/,
    'must be ISO 8601 (YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm:ss±hh:mm)',
  );

const shortText = z.string().max(ARTICLE_LIMITS.shortText);
const nameList = z.array(z.string().min(1).max(200)).max(ARTICLE_LIMITS.listItems);

/** What cleaning found or did; open-ended but named so clients can explain them. */
export const KNOWN_FLAGS = [
  'pinyin-annotations-removed',
  'trailer-removed',
  'labels-lifted',
  'mirror-suspected',
  'encoding-damage',
  'multi-page',
  'traditional-script',
  'html-sanitised',
  'text-truncated',
  'html-omitted',
] as const;

export const articleSchema = z.object({
  url: httpUrl,
  canonicalUrl: httpUrl,
  title: z.string().min(1).max(ARTICLE_LIMITS.title),
  subtitle: shortText.optional(),
  authors: nameList.default([]),
  editors: nameList.default([]),
  source: z.string().max(200).optional(),
  siteName: z.string().max(200).optional(),
  publishedAt: isoDateSchema.optional(),
  modifiedAt: isoDateSchema.optional(),
  lang: z.string().min(2).max(35).regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 tag'),
  keywords: z.array(z.string().min(1).max(200)).max(ARTICLE_LIMITS.listItems).default([]),
  description: shortText.optional(),
  image: httpUrl.optional(),
  text: z.string().min(1).max(ARTICLE_LIMITS.text),
  html: z.string().max(ARTICLE_LIMITS.html).default(''),
  wordCount: z.number().int().nonnegative(),
  flags: z.array(z.string().min(1).max(64)).max(ARTICLE_LIMITS.flags).default([]),
  extractor: z.object({ name: z.string().min(1).max(100), version: z.string().min(1).max(50) }),
});

/** An article as the extractor returns it and the API accepts it. */
export type Article = z.output<typeof articleSchema>;
/** The JSON a client may send (defaults not yet applied). */
export type ArticleInput = z.input<typeof articleSchema>;

/** An article as the Worker returns it. */
export const storedArticleSchema = articleSchema.extend({
  id: z.string(),
  version: z.number().int().positive(),
  savedAt: z.string(),
  /** Copies of one story (syndicated reposts, mirrors) share it: GET /api/articles?story=ID. */
  storyId: z.string().optional().meta({ description: 'Shared by the copies of one story (reposts, mirrors); list them with ?story=' }),
});
export type StoredArticle = z.output<typeof storedArticleSchema>;
