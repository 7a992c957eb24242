import { idParamsSchema, summaryQuerySchema, summarySchema } from '../api-schemas';
import { articleNotFound } from '../articles/article-queries';
import { articleSummary } from '../articles/article-summary';
import { defineRoute } from '../http/route';

export const getSummaryRoute = defineRoute({
  method: 'GET',
  path: '/api/articles/:id/summary',
  operationId: 'getArticleSummary',
  summary: 'Summarise an article',
  description: 'An extractive summary of the current version, cached per version and sentence count.',
  auth: true,
  params: idParamsSchema,
  query: summaryQuerySchema,
  responses: { 200: { description: 'The summary', schema: summarySchema } },
  errors: ['validation_failed', 'unauthorized', 'not_found', 'internal'],
  async handle({ env, caller, params, query }) {
    const summary = await articleSummary(env.DB, caller.userId, params.id, query.sentences);
    if (!summary) throw articleNotFound();
    return Response.json(summary);
  },
});
