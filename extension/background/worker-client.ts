/**
 * The extension's only network code: calls to the user's Jianbao Worker.
 *
 * Failures are typed (after ky's HTTPError / NetworkError / TimeoutError) so the outbox can tell
 * "retry later" from "ask the user", and `clipErrorOf` turns any of them into the sentence the
 * popup and options page show.
 */
import type { Article } from '../../shared/article';
import type { ClipError } from '../messages';

/** Requests slower than this are abandoned and retried later (a stuck request must not block the outbox). */
const REQUEST_TIMEOUT_MS = 20_000;

/** The Worker answered with a non-2xx status. */
export class WorkerHttpError extends Error {
  override readonly name = 'WorkerHttpError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The request never got an HTTP answer (refused, DNS, offline, blocked). */
export class WorkerNetworkError extends Error {
  override readonly name = 'WorkerNetworkError';
}

/** No answer within REQUEST_TIMEOUT_MS. */
export class WorkerTimeoutError extends Error {
  override readonly name = 'WorkerTimeoutError';
}

export interface WorkerAccess {
  endpoint: string;
  token: string;
}

export interface SaveAck {
  id: string;
  version: number;
  created: boolean;
}

export interface StoredArticleHead {
  id: string;
  title: string;
  version: number;
  savedAt: string;
}

export interface WorkerSummary {
  summary: string;
  sentences: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function request(access: WorkerAccess, path: string, init: RequestInit = {}, auth = true): Promise<unknown> {
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json');
  if (auth) headers.set('Authorization', `Bearer ${access.token}`);
  const url = `${access.endpoint}${path}`;
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS), credentials: 'omit' });
  } catch (error) {
    if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
      throw new WorkerTimeoutError(`No answer from ${access.endpoint} within ${REQUEST_TIMEOUT_MS / 1000} s`, { cause: error });
    }
    throw new WorkerNetworkError(`Could not reach ${access.endpoint}`, { cause: error });
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const detail = isRecord(body) && isRecord(body.error) ? body.error : {};
    const code = typeof detail.code === 'string' ? detail.code : `http_${response.status}`;
    const message = typeof detail.message === 'string' ? detail.message : response.statusText || `HTTP ${response.status}`;
    throw new WorkerHttpError(response.status, code, message);
  }
  return body;
}

function unexpected(path: string): WorkerHttpError {
  return new WorkerHttpError(502, 'unexpected_response', `The answer to ${path} is not what a Jianbao Worker sends`);
}

/** POST /api/articles. Resolves with the Worker's acknowledgement; throws the typed errors above. */
export async function postArticle(access: WorkerAccess, article: Article, idempotencyKey: string): Promise<SaveAck> {
  const body = await request(access, '/api/articles', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
    body: JSON.stringify(article),
  });
  if (!isRecord(body) || typeof body.id !== 'string' || typeof body.version !== 'number') throw unexpected('/api/articles');
  return { id: body.id, version: body.version, created: body.created !== false };
}

/** GET /api/articles/:id, reduced to what the popup shows. */
export async function getArticleHead(access: WorkerAccess, id: string): Promise<StoredArticleHead> {
  const path = `/api/articles/${encodeURIComponent(id)}`;
  const body = await request(access, path);
  if (!isRecord(body) || typeof body.title !== 'string') throw unexpected(path);
  return {
    id,
    title: body.title,
    version: typeof body.version === 'number' ? body.version : 1,
    savedAt: typeof body.savedAt === 'string' ? body.savedAt : '',
  };
}

/** GET /api/articles/:id/summary. */
export async function getSummary(access: WorkerAccess, id: string, sentences = 3): Promise<WorkerSummary> {
  const path = `/api/articles/${encodeURIComponent(id)}/summary?sentences=${sentences}`;
  const body = await request(access, path);
  if (!isRecord(body) || !Array.isArray(body.sentences)) throw unexpected(path);
  const list = body.sentences.filter((s): s is string => typeof s === 'string');
  return { sentences: list, summary: typeof body.summary === 'string' ? body.summary : list.join('') };
}

/** The saved story a text is a copy of, reduced to what the popup shows. */
export interface StoryMatchHead {
  storyId: string;
  copies: number;
  original: { id: string; title: string; site: string; siteName?: string; publishedAt?: string; savedAt: string; lang: string };
}

/**
 * POST /api/stories/match (read-only): the saved story `text` is a copy of, leaving out saved
 * versions of `canonicalUrl` itself; null when there is none.
 */
export async function matchStory(access: WorkerAccess, text: string, canonicalUrl: string): Promise<StoryMatchHead | null> {
  const path = '/api/stories/match';
  const body = await request(access, path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text, canonicalUrl }),
  });
  if (!isRecord(body) || !('match' in body)) throw unexpected(path);
  if (body.match === null) return null;
  const match = body.match;
  if (!isRecord(match) || typeof match.storyId !== 'string' || !isRecord(match.original)) throw unexpected(path);
  const original = match.original;
  if (typeof original.id !== 'string' || typeof original.title !== 'string' || typeof original.savedAt !== 'string') throw unexpected(path);
  return {
    storyId: match.storyId,
    copies: typeof match.copies === 'number' ? match.copies : 1,
    original: {
      id: original.id,
      title: original.title,
      site: typeof original.site === 'string' ? original.site : '',
      ...(typeof original.siteName === 'string' ? { siteName: original.siteName } : {}),
      ...(typeof original.publishedAt === 'string' ? { publishedAt: original.publishedAt } : {}),
      savedAt: original.savedAt,
      lang: typeof original.lang === 'string' ? original.lang : 'und',
    },
  };
}

/** GET /health (no token): resolves when the endpoint is a Jianbao Worker that answers. */
export async function checkHealth(access: WorkerAccess): Promise<void> {
  await request(access, '/health', {}, false);
}

/** GET /api/articles?limit=1: resolves when the token is accepted. */
export async function checkToken(access: WorkerAccess): Promise<void> {
  await request(access, '/api/articles?limit=1');
}

/** Statuses that mean "this clip itself is wrong": retrying the same body cannot help. */
const REJECTING_STATUSES = new Set([400, 405, 409, 413, 415, 422]);

/** Turns any failure of the calls above into what the user is told (and whether it is retried). */
export function clipErrorOf(error: unknown, endpoint: string, now = Date.now()): ClipError {
  if (error instanceof WorkerHttpError) {
    const { status, code } = error;
    if (status === 401 || status === 403) {
      return {
        kind: 'unauthorized', status, code, at: now,
        message: `The Worker at ${endpoint} refused the token (${status} ${code}). Check Token in the options; create one with "npm run token -- create".`,
      };
    }
    if (REJECTING_STATUSES.has(status)) {
      return {
        kind: 'rejected', status, code, at: now,
        message: `The Worker rejected this clip (${status} ${code}): ${error.message}`,
      };
    }
    if (status === 404) {
      return {
        kind: 'not-configured', status, code, at: now,
        message: `${endpoint} answered 404 (${code}): is Endpoint the address of your Jianbao Worker?`,
      };
    }
    return {
      kind: 'server-error', status, code, at: now,
      message: `The Worker at ${endpoint} failed (${status} ${code}); retrying later.`,
    };
  }
  if (error instanceof WorkerTimeoutError) {
    return { kind: 'unreachable', at: now, message: `${error.message}; retrying later.` };
  }
  if (error instanceof WorkerNetworkError) {
    return { kind: 'unreachable', at: now, message: `Cannot reach the Worker at ${endpoint} (is it running? are you online?); retrying later.` };
  }
  // Anything else is a bug in the extension: keep the clip, show the error, retry later.
  return { kind: 'server-error', at: now, message: `Unexpected error while sending: ${String(error)}` };
}
