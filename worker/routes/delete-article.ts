import { idParamsSchema } from '../api-schemas';
import { articleNotFound, deleteArticle } from '../articles/article-queries';
import { defineRoute } from '../http/route';

export const deleteArticleRoute = defineRoute({
  method: 'DELETE',
  path: '/api/articles/:id',
  operationId: 'deleteArticle',
  summary: 'Delete an article with all its versions',
  auth: true,
  write: true,
  params: idParamsSchema,
  responses: { 204: { description: 'Deleted' } },
  errors: ['validation_failed', 'unauthorized', 'not_found', 'rate_limited', 'internal'],
  async handle({ env, caller, params }) {
    if (!(await deleteArticle(env.DB, caller.userId, params.id))) throw articleNotFound();
    return new Response(null, { status: 204 });
  },
});
