/**
 * Atom feeds: GET /feeds/:feedToken.atom (public URL, read-only feed token) and the API to
 * create, list and revoke feed tokens (from the reader page or with an API token).
 */
import { z } from 'zod';
import { sha256Hex } from '../auth/authenticate';
import { createFeedToken, listFeedTokens, resolveFeedToken, revokeFeedToken } from '../feeds/feed-tokens';
import { userFeed } from '../feeds/user-feed';
import { ApiError } from '../http/api-error';
import { readJsonBody } from '../http/read-json-body';
import { createdFeedSchema, feedTokenListSchema } from '../reader-api-schemas';
import { defineRoute, validate } from '../http/route';

const createFeedSchema = z.object({ name: z.string().trim().min(1).max(100).default('Feed reader') });

const feedIdParams = z.object({ id: z.string().regex(/^[0-9a-f]{16}$/, 'must be a feed token id') });

const feedParams = z.object({ feedToken: z.string().max(200) });
const feedQuery = z.object({ q: z.string().max(500).optional().meta({ description: 'Only clips matching this search' }) });

function feedNotFound(): ApiError {
  return new ApiError('not_found', 'No such feed');
}

export const getFeedRoute = defineRoute({
  method: 'GET',
  path: '/feeds/:feedToken.atom',
  operationId: 'getFeed',
  summary: 'Atom feed of your clips (or of a search)',
  description:
    'The path carries a read-only feed token (create one with POST /api/feeds); an unknown or revoked token answers 404. ' +
    'The 50 newest clips, or with q the 50 best matches. Supports If-None-Match.',
  auth: false,
  params: feedParams,
  query: feedQuery,
  responses: {
    200: { description: 'An Atom 1.0 document', mediaType: 'application/atom+xml' },
    304: { description: 'Not modified since the ETag sent in If-None-Match' },
  },
  errors: ['validation_failed', 'not_found', 'internal'],
  async handle({ request, env, params, query }) {
    const owner = await resolveFeedToken(env.DB, params.feedToken);
    if (!owner) throw feedNotFound();
    const url = new URL(request.url);
    const xml = await userFeed(env.DB, owner.userId, { q: query.q, origin: url.origin, selfUrl: url.href, emptySince: owner.createdAt });
    const etag = `"${(await sha256Hex(xml)).slice(0, 32)}"`;
    const headers = {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      'Cache-Control': 'private, max-age=300',
      ETag: etag,
      'X-Robots-Tag': 'noindex',
      'Referrer-Policy': 'no-referrer',
    };
    if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
    return new Response(xml, { headers });
  },
});

export const listFeedsRoute = defineRoute({
  method: 'GET',
  path: '/api/feeds',
  operationId: 'listFeeds',
  summary: 'List your live feed tokens',
  auth: true,
  responses: { 200: { description: 'Feed tokens (without secrets)', schema: feedTokenListSchema } },
  errors: ['unauthorized', 'internal'],
  async handle({ env, caller }) {
    return Response.json({ items: await listFeedTokens(env.DB, caller.userId) });
  },
});

export const createFeedRoute = defineRoute({
  method: 'POST',
  path: '/api/feeds',
  operationId: 'createFeed',
  summary: 'Create a feed token and its feed URL',
  description: 'The token is read-only: it opens only /feeds/<token>.atom, never the API. It is shown once.',
  auth: true,
  write: true,
  body: createFeedSchema,
  responses: { 201: { description: 'Created', schema: createdFeedSchema } },
  errors: ['invalid_json', 'validation_failed', 'unauthorized', 'forbidden', 'payload_too_large', 'unsupported_media_type', 'rate_limited', 'internal'],
  async handle({ request, env, caller }) {
    const { name } = validate(createFeedSchema, (await readJsonBody(request)).value, 'body');
    const created = await createFeedToken(env.DB, caller.userId, name);
    const url = `${new URL(request.url).origin}/feeds/${created.token}.atom`;
    return Response.json({ ...created, url }, { status: 201, headers: { 'Cache-Control': 'no-store' } });
  },
});

export const revokeFeedRoute = defineRoute({
  method: 'DELETE',
  path: '/api/feeds/:id',
  operationId: 'revokeFeed',
  summary: 'Revoke a feed token',
  description: 'Its feed URL answers 404 from now on.',
  auth: true,
  params: feedIdParams,
  responses: { 204: { description: 'Revoked' } },
  errors: ['validation_failed', 'unauthorized', 'forbidden', 'not_found', 'internal'],
  async handle({ env, caller, params }) {
    if (!(await revokeFeedToken(env.DB, caller.userId, params.id))) throw feedNotFound();
    return new Response(null, { status: 204 });
  },
});
