import { Router } from 'itty-router';
import { ApiError, errorResponse } from './http/api-error';
import { preflight, withCors } from './http/cors';
import { type RouteContext, type RouteSpec, validate } from './http/route';
import { type Caller, type Owner, presentedToken, verifyToken } from './auth/authenticate';
import { openApiDocument } from './openapi-document';
import { deleteArticleRoute } from './routes/delete-article';
import { getArticleRoute } from './routes/get-article';
import { getSummaryRoute } from './routes/get-summary';
import { getVersionRoute } from './routes/get-version';
import { healthRoute } from './routes/health';
import { listArticlesRoute } from './routes/list-articles';
import { listVersionsRoute } from './routes/list-versions';
import { matchStoryRoute } from './routes/match-story';
import { backfillStoriesRoute } from './routes/backfill-stories';
import { saveArticleRoute } from './routes/save-article';
import { clipRoute } from './routes/clip';
import { exportRoute, getArticleMarkdownRoute } from './routes/export';
import { createFeedRoute, getFeedRoute, listFeedsRoute, revokeFeedRoute } from './routes/feeds';
import { importRoute } from './routes/import';
import { serveReaderPage } from './routes/reader-page';
import { createSessionRoute, deleteSessionRoute, getSessionRoute } from './routes/session';
import { authenticateRequest } from './session/authenticate-request';
import { defineRoute } from './http/route';

/** Seconds a client is told to wait after hitting the write limit (the limiter's period). */
const WRITE_LIMIT_PERIOD_SECONDS = 60;

const openApiRoute = defineRoute({
  method: 'GET',
  path: '/openapi.json',
  operationId: 'openapi',
  summary: 'This OpenAPI 3.1 document',
  auth: false,
  responses: { 200: { description: 'The OpenAPI document' } },
  errors: [],
  handle: ({ request }) => Response.json(openApiDocument(ROUTES, new URL(request.url).origin)),
});

/** Every route of the Worker, in matching order (more specific paths first). */
export const ROUTES: RouteSpec[] = [
  healthRoute,
  openApiRoute,
  saveArticleRoute,
  listArticlesRoute,
  listVersionsRoute,
  getVersionRoute,
  getSummaryRoute,
  getArticleMarkdownRoute, // before getArticleRoute: /api/articles/:id would also match ":id.md"
  getArticleRoute,
  deleteArticleRoute,
  exportRoute,
  importRoute,
  clipRoute,
  matchStoryRoute,
  backfillStoriesRoute,
  getSessionRoute,
  createSessionRoute,
  deleteSessionRoute,
  listFeedsRoute,
  createFeedRoute,
  revokeFeedRoute,
  getFeedRoute,
] as unknown as RouteSpec[];

/**
 * Stands in for the caller on a `checksOwnToken` route called with a bearer token: not checked
 * yet, so any use of it is a bug (the handler uses `owner`).
 */
const UNCHECKED_CALLER: Caller = Object.freeze({
  get userId(): string {
    return uncheckedCallerUsed();
  },
  get tokenId(): string {
    return uncheckedCallerUsed();
  },
  get writeLimitKey(): string {
    return uncheckedCallerUsed();
  },
});

function uncheckedCallerUsed(): never {
  throw new Error('the bearer token of this route is checked by its handler: use owner, not caller');
}

/** Runs one route: authentication, write limit, params and query validation, then the handler. */
function run(route: RouteSpec) {
  return async (request: Request & { params: Record<string, string> }, env: Env, ctx: ExecutionContext) => {
    if (route.auth && route.checksOwnToken && request.headers.has('authorization')) {
      const token = await presentedToken(request);
      try {
        return await runWith(route, request, env, ctx, UNCHECKED_CALLER, { token }, token.secretHash);
      } catch (err) {
        // Refused for another reason (body, limit…) before its writes checked the token: the
        // token decides first, as on every other route (a bad token is a 401, whatever else).
        if (err instanceof ApiError && err.code !== 'unauthorized') await verifyToken(env.DB, token);
        throw err;
      }
    }
    // Bearer token (API clients) or the reader page's session cookie with its CSRF check.
    const caller = route.auth ? await authenticateRequest(request, env.DB) : { userId: '', tokenId: '', writeLimitKey: '' };
    return runWith(route, request, env, ctx, caller, caller, caller.writeLimitKey);
  };
}

async function runWith(
  route: RouteSpec,
  request: Request & { params: Record<string, string> },
  env: Env,
  ctx: ExecutionContext,
  caller: Caller,
  owner: Owner,
  writeLimitKey: string,
): Promise<Response> {
  if (route.write) {
    const { success } = await env.WRITE_LIMITER.limit({ key: writeLimitKey });
    if (!success) {
      throw new ApiError('rate_limited', 'Too many writes with this token; slow down', undefined, {
        'Retry-After': String(WRITE_LIMIT_PERIOD_SECONDS),
      });
    }
  }
  const url = new URL(request.url);
  const params = route.params ? validate(route.params, request.params, 'path') : {};
  const query = route.query ? validate(route.query, Object.fromEntries(url.searchParams), 'query') : {};
  const context: RouteContext<unknown, unknown> = { request, env, ctx, caller, owner, params, query };
  return route.handle(context as never);
}

/** The paths the API serves, to tell "wrong method" (405) from "no such route" (404). */
function methodsFor(pathname: string): string[] {
  const methods: string[] = [];
  for (const route of ROUTES) {
    const pattern = new RegExp(`^${route.path.replace(/:(\w+)/g, '[^/]+')}/*$`);
    if (pattern.test(pathname)) methods.push(route.method);
  }
  return methods;
}

function notFound(request: Request): never {
  const methods = methodsFor(new URL(request.url).pathname);
  if (methods.length > 0) {
    throw new ApiError('method_not_allowed', `Use ${methods.join(' or ')} here`, undefined, { Allow: methods.join(', ') });
  }
  throw new ApiError('not_found', 'No such route');
}

/** The Worker's router: preflight, routes, 404/405, one catch stage, CORS on every answer. */
export const router = Router<Request & { params: Record<string, string> }, [Env, ExecutionContext], Response>({
  before: [preflight],
  catch: errorResponse,
  finally: [withCors],
});
for (const route of ROUTES) {
  router[route.method.toLowerCase() as 'get' | 'post' | 'delete'](route.path, run(route));
}
// The reader page and its assets (GET only; API paths fall through to the JSON 404).
router.get('*', (request, env) => serveReaderPage(request, env));
router.all('*', notFound);
