import { idParamsSchema, storedArticleResponseSchema } from '../api-schemas';
import { articleNotFound, getArticle } from '../articles/article-queries';
import { defineRoute } from '../http/route';

export const getArticleRoute = defineRoute({
  method: 'GET',
  path: '/api/articles/:id',
  operationId: 'getArticle',
  summary: 'Get an article (its current version)',
  auth: true,
  params: idParamsSchema,
  responses: { 200: { description: 'The article', schema: storedArticleResponseSchema } },
  errors: ['validation_failed', 'unauthorized', 'not_found', 'internal'],
  async handle({ env, caller, params }) {
    const article = await getArticle(env.DB, caller.userId, params.id);
    if (!article) throw articleNotFound();
    return Response.json(article);
  },
});
