/**
 * Schemas of the API's requests and answers (beyond the article itself, shared/article.ts).
 * The router validates with them and the OpenAPI document is generated from them.
 */
import { z } from 'zod';
import { RANK_WINDOW } from './articles/rank-window';
import { storedArticleSchema } from '../shared/article';
import { ERROR_STATUS } from './http/api-error';

export const articleIdSchema = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'must be an article id')
  .meta({ description: 'Opaque article id', example: '3f1c2a9e-7b4d-4e0a-9c51-0d6b2f8e1a77' });

/** Story ids are opaque UUIDs, like article ids (an article saved before story detection keeps its own id). */
export const storyIdSchema = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'must be a story id')
  .meta({ description: 'Opaque story id (storyId of an article)' });

export const idParamsSchema = z.object({ id: articleIdSchema });

export const saveResultSchema = z
  .object({
    id: articleIdSchema,
    version: z.number().int().positive(),
    created: z.boolean().meta({ description: 'false when the same content was already stored' }),
  })
  .meta({ id: 'SaveResult' });

export const summaryQuerySchema = z.object({
  sentences: z.coerce
    .number()
    .int()
    .min(1)
    .max(10)
    .default(3)
    .meta({ description: 'How many sentences the summary has (1–10)' }),
});

export const summarySchema = z
  .object({
    id: articleIdSchema,
    version: z.number().int().positive(),
    lang: z.string(),
    method: z.string().meta({ description: 'How the summary was made, e.g. extractive ranking' }),
    sentences: z.array(z.string()),
    summary: z.string().meta({ description: 'The sentences joined as one paragraph' }),
  })
  .meta({ id: 'Summary' });

export const storedArticleResponseSchema = storedArticleSchema.meta({ id: 'StoredArticle' });

export const listItemSchema = z
  .object({
    id: articleIdSchema,
    version: z.number().int().positive(),
    savedAt: z.string(),
    title: z.string(),
    subtitle: z.string().optional(),
    url: z.string(),
    storyId: z
      .string()
      .optional()
      .meta({ description: 'Shared by the copies of one story (syndicated reposts, mirrors); list them with ?story=' }),
    canonicalUrl: z.string(),
    site: z.string().meta({ description: 'Host of the canonical URL, without www.' }),
    siteName: z.string().optional(),
    source: z.string().optional(),
    authors: z.array(z.string()),
    lang: z.string(),
    publishedAt: z.string().optional(),
    wordCount: z.number().int(),
    excerpt: z.string().meta({ description: 'The first lines of the body, plain text' }),
    snippet: z
      .string()
      .optional()
      .meta({ description: 'With q: HTML-escaped text around the first hit, hits wrapped in <mark>' }),
    copies: z
      .number()
      .int()
      .positive()
      .optional()
      .meta({ description: 'With fold=stories: how many copies of this story the user saved (this one included)' }),
    outlets: z
      .array(z.string())
      .optional()
      .meta({ description: 'With fold=stories: the outlets that carried the story, the original first' }),
  })
  .meta({ id: 'ArticleListItem' });

export const listResultSchema = z
  .object({
    items: z.array(listItemSchema),
    nextCursor: z.string().nullable().meta({ description: 'Pass as cursor for the next page; null at the end' }),
  })
  .meta({ id: 'ArticleList' });

const isoDateOrTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/, 'must be ISO 8601')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'must be a real date');

/** List parameters that `story` and `fold` do not combine with (fold does page with cursor). */
const STORY_EXCLUSIVE_PARAMS = ['q', 'site', 'lang', 'since', 'until', 'sort', 'cursor', 'story', 'fold'] as const;

export const listQuerySchema = z.object({
  q: z
    .string()
    .max(500)
    .optional()
    .meta({ description: `Full-text query in any language: every term must occur; ranked by relevance (among the ${RANK_WINDOW.toLocaleString('en-US')} newest matches)` }),
  site: z
    .string()
    .max(253)
    .regex(/^[A-Za-z0-9.-]+$/, 'must be a host name')
    .optional()
    .meta({ description: 'Only articles whose canonical host is this host or under it' }),
  lang: z
    .string()
    .max(35)
    .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 tag')
    .optional()
    .meta({ description: 'Only this language; `zh` also matches zh-Hans and zh-Hant' }),
  since: isoDateOrTime.optional().meta({ description: 'Only articles saved at or after this time (ISO 8601)' }),
  until: isoDateOrTime
    .optional()
    .meta({ description: 'Only articles saved at or before this time (ISO 8601; a date includes the whole day, UTC)' }),
  sort: z
    .enum(['relevance', 'newest'])
    .optional()
    .meta({ description: 'Order with q (default relevance); without q always newest first' }),
  limit: z.coerce.number().int().min(1).max(100).default(20).meta({ description: 'Page size (1–100)' }),
  cursor: z.string().max(200).optional().meta({ description: 'nextCursor of the previous page' }),
  story: storyIdSchema
    .optional()
    .meta({ description: 'Only the copies of this story (storyId), the original first; not combined with other filters' }),
  fold: z
    .enum(['stories'])
    .optional()
    .meta({ description: 'stories: one item a story (its original, with copies and outlets), newest story first; not combined with q' }),
}).superRefine((query, issues) => {
  // A story's copies are one short list, and a folded page is keyed by story: neither is
  // combined with search, filters or sorting (which would silently answer something else).
  const exclusive = query.story !== undefined ? 'story' : query.fold !== undefined ? 'fold' : null;
  if (!exclusive) return;
  for (const key of STORY_EXCLUSIVE_PARAMS) {
    if (key !== exclusive && query[key] !== undefined && !(exclusive === 'fold' && key === 'cursor')) {
      issues.addIssue({ code: 'custom', path: [key], message: `cannot be combined with ${exclusive}` });
    }
  }
});
export type ListQuery = z.output<typeof listQuerySchema>;

export const versionItemSchema = z
  .object({
    version: z.number().int().positive(),
    savedAt: z.string(),
    contentHash: z.string(),
    title: z.string(),
    wordCount: z.number().int(),
    current: z.boolean(),
  })
  .meta({ id: 'ArticleVersion' });

export const versionListSchema = z
  .object({ id: articleIdSchema, items: z.array(versionItemSchema) })
  .meta({ id: 'ArticleVersionList' });

export const versionParamsSchema = z.object({
  id: articleIdSchema,
  version: z.coerce.number().int().positive().max(1_000_000),
});

export const healthSchema = z.object({ ok: z.literal(true) }).meta({ id: 'Health' });

export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(ERROR_STATUS) as [keyof typeof ERROR_STATUS, ...Array<keyof typeof ERROR_STATUS>]),
      message: z.string(),
      fields: z
        .array(z.object({ path: z.string(), message: z.string() }))
        .optional()
        .meta({ description: 'With validation_failed: the offending fields' }),
    }),
  })
  .meta({ id: 'Error' });

export const idempotencyKeySchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces');
