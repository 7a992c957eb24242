/**
 * POST /api/clip: clip a page by URL (the Worker fetches it) or by URL and HTML (the caller
 * already has the page, e.g. a bookmarklet). The same shared extractor runs on a DOM built in
 * the Worker, and the article is stored exactly as POST /api/articles stores it.
 */
import { z } from 'zod';
import { articleSchema } from '../../shared/article';
import { idempotencyKeySchema, saveResultSchema } from '../api-schemas';
import { idempotencyKeyOf, storeArticle } from '../articles/store-article';
import { addressPolicyFor } from '../clip/address-policy';
import { decodeHtml } from '../clip/decode-html';
import { extractPage } from '../clip/extract-page';
import { fetchPage, PAGE_FETCH_LIMITS } from '../clip/fetch-page';
import { ApiError } from '../http/api-error';
import { readJsonBody } from '../http/read-json-body';
import { defineRoute, fieldErrors, validate } from '../http/route';

function isHttpUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

const clipRequestSchema = z
  .object({
    url: z
      .string()
      .max(8192)
      .refine(isHttpUrl, 'must be an absolute http(s) URL')
      .meta({ description: 'The page to clip' }),
    html: z
      .string()
      .min(1)
      .max(2_000_000)
      .optional()
      .meta({ description: 'The page as HTML text; without it the Worker fetches url' }),
  });

const clipResultSchema = saveResultSchema
  .extend({
    article: z
      .object({
        title: z.string(),
        canonicalUrl: z.string(),
        siteName: z.string().optional(),
        source: z.string().optional(),
        authors: z.array(z.string()),
        editors: z.array(z.string()),
        publishedAt: z.string().optional(),
        lang: z.string(),
        wordCount: z.number().int(),
        flags: z.array(z.string()),
      })
      .meta({ description: 'What was extracted (GET /api/articles/{id} has all of it)' }),
    fetched: z
      .object({
        url: z.string().meta({ description: 'Where the page was read from after redirects' }),
        bytes: z.number().int(),
        charset: z.string().meta({ description: 'The encoding the page was decoded with (utf-8, gb18030, big5, …)' }),
        redirects: z.number().int(),
      })
      .optional()
      .meta({ description: 'Present when the Worker fetched the page' }),
  })
  .meta({ id: 'ClipResult' });

export const clipRoute = defineRoute({
  method: 'POST',
  path: '/api/clip',
  operationId: 'clipPage',
  summary: 'Clip a page by URL (fetched by the Worker) or by URL and HTML',
  description:
    `Without html the Worker fetches url: ${PAGE_FETCH_LIMITS.timeoutMs / 1000} s deadline, at most ${PAGE_FETCH_LIMITS.maxBytes / 1024 / 1024} MiB, ` +
    `${PAGE_FETCH_LIMITS.maxRedirects} redirects, the page's charset honoured (GBK, Big5 …). Link-local and cloud-metadata addresses ` +
    'are refused always; private and loopback addresses when deployed (local development allows loopback). ' +
    'The article is extracted by the same extractor as the extension and stored as POST /api/articles would (versions, duplicates, Idempotency-Key).',
  auth: true,
  write: true,
  body: clipRequestSchema,
  headers: [{ name: 'Idempotency-Key', description: 'A unique key per clip; retries replay the first answer', schema: idempotencyKeySchema }],
  responses: {
    200: { description: 'Already stored with the same content', schema: clipResultSchema },
    201: { description: 'Stored: a new article or a new version', schema: clipResultSchema },
  },
  errors: [
    'invalid_json',
    'validation_failed',
    'unauthorized',
    'forbidden',
    'payload_too_large',
    'unsupported_media_type',
    'idempotency_key_reused',
    'no_article',
    'rate_limited',
    'fetch_failed',
    'fetch_timeout',
    'internal',
  ],
  async handle({ request, env, caller }) {
    const idempotencyKey = idempotencyKeyOf(request);
    const body = await readJsonBody(request);
    const input = validate(clipRequestSchema, body.value, 'body');

    let html = input.html;
    let pageUrl = input.url;
    let fetched: z.output<typeof clipResultSchema>['fetched'];
    if (html === undefined) {
      const page = await fetchPage(input.url, addressPolicyFor(request.url, env.CLIP_LOOPBACK));
      const decoded = decodeHtml(page.bytes, page.contentType);
      html = decoded.html;
      pageUrl = page.url;
      fetched = { url: page.url, bytes: page.bytes.byteLength, charset: decoded.charset, redirects: page.redirects };
    }

    let extracted: Awaited<ReturnType<typeof extractPage>>;
    try {
      extracted = await extractPage(html, pageUrl);
    } catch (err) {
      // A page the extractor chokes on is the page's problem, not a server error: say so, keep the detail in the log.
      console.error('extraction failed', pageUrl, err);
      throw new ApiError('no_article', 'The extractor could not read this page');
    }
    if (!extracted) throw new ApiError('no_article', 'No article was found on the page');
    const checked = articleSchema.safeParse(extracted);
    if (!checked.success) {
      // The extractor produced something the schema refuses (e.g. no text): say what.
      throw new ApiError('no_article', 'The page did not yield a complete article', fieldErrors(checked.error, 'article'));
    }
    const article = checked.data;
    const { outcome, prepared } = await storeArticle(env.DB, article, { owner: caller, idempotencyKey, requestBytes: body.bytes });
    const stored = prepared.article;
    const answer = {
      ...outcome.body,
      article: {
        title: stored.title,
        canonicalUrl: stored.canonicalUrl,
        siteName: stored.siteName,
        source: stored.source,
        authors: stored.authors,
        editors: stored.editors,
        publishedAt: stored.publishedAt,
        lang: stored.lang,
        wordCount: stored.wordCount,
        flags: stored.flags,
      },
      ...(fetched ? { fetched } : {}),
    };
    return Response.json(answer, { status: outcome.status, headers: { Location: `/api/articles/${outcome.body.id}` } });
  },
});
