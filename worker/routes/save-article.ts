import { articleSchema } from '../../shared/article';
import { idempotencyKeySchema, saveResultSchema } from '../api-schemas';
import { idempotencyKeyOf, storeArticle } from '../articles/store-article';
import { readJsonBody } from '../http/read-json-body';
import { defineRoute, validate } from '../http/route';

export const saveArticleRoute = defineRoute({
  method: 'POST',
  path: '/api/articles',
  operationId: 'saveArticle',
  summary: 'Save an article',
  description:
    'Stores an article (schema v1). The same canonical URL with the same content is not stored twice (200, created: false); ' +
    'changed content becomes a new version, earlier versions kept. The html field is sanitised by the Worker; ' +
    'text and html over the storage caps are truncated and flagged text-truncated. A retried request with the same ' +
    'Idempotency-Key gets the first answer and stores nothing twice.',
  auth: true,
  write: true,
  checksOwnToken: true,
  body: articleSchema,
  headers: [
    {
      name: 'Idempotency-Key',
      description: 'A unique key per clip (e.g. a UUID); retries with the same key and body replay the first answer (kept at least 24 hours)',
      schema: idempotencyKeySchema,
    },
  ],
  responses: {
    200: { description: 'Already stored with the same content', schema: saveResultSchema },
    201: { description: 'Stored: a new article, or a new version of it', schema: saveResultSchema },
  },
  errors: [
    'invalid_json',
    'validation_failed',
    'unauthorized',
    'payload_too_large',
    'unsupported_media_type',
    'idempotency_key_reused',
    'rate_limited',
    'internal',
  ],
  async handle({ request, env, owner }) {
    const idempotencyKey = idempotencyKeyOf(request);
    const body = await readJsonBody(request);
    const article = validate(articleSchema, body.value, 'article');
    const { outcome } = await storeArticle(env.DB, article, { owner, idempotencyKey, requestBytes: body.bytes });
    const headers: Record<string, string> = { Location: `/api/articles/${outcome.body.id}` };
    return Response.json(outcome.body, { status: outcome.status, headers });
  },
});
