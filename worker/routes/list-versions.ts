import { idParamsSchema, versionListSchema } from '../api-schemas';
import { articleNotFound, listVersions } from '../articles/article-queries';
import { defineRoute } from '../http/route';

export const listVersionsRoute = defineRoute({
  method: 'GET',
  path: '/api/articles/:id/versions',
  operationId: 'listArticleVersions',
  summary: "List an article's versions, newest first",
  auth: true,
  params: idParamsSchema,
  responses: { 200: { description: 'The versions', schema: versionListSchema } },
  errors: ['validation_failed', 'unauthorized', 'not_found', 'internal'],
  async handle({ env, caller, params }) {
    const items = await listVersions(env.DB, caller.userId, params.id);
    if (!items) throw articleNotFound();
    return Response.json({ id: params.id, items });
  },
});
