import { listQuerySchema, listResultSchema } from '../api-schemas';
import { listArticles } from '../articles/list-articles';
import { RANK_WINDOW } from '../articles/rank-window';
import { listFoldedStories, listStoryCopies } from '../articles/list-stories';
import { defineRoute } from '../http/route';
import { ownerUserId } from '../auth/authenticate';

export const listArticlesRoute = defineRoute({
  method: 'GET',
  path: '/api/articles',
  operationId: 'listArticles',
  summary: 'List or search articles',
  description:
    'Newest first. With q: full-text search in any language (Chinese by any run of two or more characters, ' +
    'traditional and simplified alike; other languages by word, case-insensitive), ranked by bm25, with snippets. ' +
    `A query matching more than ${RANK_WINDOW.toLocaleString('en-US')} articles is ranked among its ${RANK_WINDOW.toLocaleString('en-US')} newest matches (a bounded cost whatever the ` +
    'library size); sort=newest, or site/lang/since/until (applied first), reach older ones. ' +
    'Page with nextCursor; pages stay stable while new articles arrive. ' +
    'Copies of one story (syndicated reposts, scraped mirrors) share a storyId: story=ID lists them, the original first ' +
    '(the copy whose source names its own outlet, else the first published; suspected mirrors last); fold=stories lists ' +
    'one item a story (its original, with copies and outlets), the story with the newest copy first.',
  auth: true,
  checksOwnToken: true,
  query: listQuerySchema,
  responses: { 200: { description: 'One page of articles', schema: listResultSchema } },
  errors: ['validation_failed', 'unauthorized', 'internal'],
  async handle({ env, owner, query }) {
    if (query.story) return Response.json(await listStoryCopies(env.DB, await ownerUserId(env.DB, owner), query.story));
    if (query.fold === 'stories') {
      return Response.json(await listFoldedStories(env.DB, await ownerUserId(env.DB, owner), query.limit, query.cursor));
    }
    // A search ranked by relevance checks a bearer token in its own round trip.
    return Response.json(await listArticles(env.DB, owner, query));
  },
});
