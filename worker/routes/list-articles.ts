import { listQuerySchema, listResultSchema } from '../api-schemas';
import { listArticles } from '../articles/list-articles';
import { defineRoute } from '../http/route';

export const listArticlesRoute = defineRoute({
  method: 'GET',
  path: '/api/articles',
  operationId: 'listArticles',
  summary: 'List or search articles',
  description:
    'Newest first. With q: full-text search in any language (Chinese by any run of two or more characters, ' +
    'traditional and simplified alike; other languages by word, case-insensitive), ranked by bm25, with snippets. ' +
    'Page with nextCursor; pages stay stable while new articles arrive.',
  auth: true,
  query: listQuerySchema,
  responses: { 200: { description: 'One page of articles', schema: listResultSchema } },
  errors: ['validation_failed', 'unauthorized', 'internal'],
  async handle({ env, caller, query }) {
    return Response.json(await listArticles(env.DB, caller.userId, query));
  },
});
