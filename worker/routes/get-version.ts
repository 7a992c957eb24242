import { storedArticleResponseSchema, versionParamsSchema } from '../api-schemas';
import { articleNotFound, getArticleVersion } from '../articles/article-queries';
import { defineRoute } from '../http/route';

export const getVersionRoute = defineRoute({
  method: 'GET',
  path: '/api/articles/:id/versions/:version',
  operationId: 'getArticleVersion',
  summary: 'Get one version of an article',
  auth: true,
  params: versionParamsSchema,
  responses: { 200: { description: 'That version of the article', schema: storedArticleResponseSchema } },
  errors: ['validation_failed', 'unauthorized', 'not_found', 'internal'],
  async handle({ env, caller, params }) {
    const article = await getArticleVersion(env.DB, caller.userId, params.id, params.version);
    if (!article) throw articleNotFound();
    return Response.json(article);
  },
});
