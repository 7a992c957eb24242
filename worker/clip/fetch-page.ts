/**
 * Fetches the page behind a URL for POST /api/clip, within limits a shared service needs:
 * one deadline for the whole fetch (redirects and body included), a size cap enforced while
 * reading (Content-Length may be absent or lie), a bounded number of redirects, each hop
 * checked against the address policy, and only HTML accepted.
 */
import { ApiError } from '../http/api-error';
import { refusalReason, type AddressPolicy } from './address-policy';

/** Limits of one page fetch. */
export const PAGE_FETCH_LIMITS = {
  /** 5 MiB: ten times a heavy news page; more is a file, not an article. */
  maxBytes: 5 * 1024 * 1024,
  /** Browsers allow 20; news sites need 1–3 (http→https, mobile, tracking hops). */
  maxRedirects: 5,
  /** One deadline for everything; Workers keep a client waiting no longer. */
  timeoutMs: 15_000,
} as const;

export type PageFetchLimits = { [K in keyof typeof PAGE_FETCH_LIMITS]: number };

/** Media types read as HTML; a missing type is tried as HTML, as browsers sniff it. */
const HTML_MEDIA_TYPES = new Set(['text/html', 'application/xhtml+xml', '']);

/** Headers sent with the fetch: a browser-like Accept and languages Chinese sites serve well. */
const REQUEST_HEADERS = {
  accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
  'accept-language': 'zh-CN,zh;q=0.9,zh-TW;q=0.8,en;q=0.7',
  'user-agent': 'Mozilla/5.0 (compatible; Jianbao/0.1; clipper for a reader who asked for this page)',
} as const;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** A fetched page: its bytes, the address it was finally read from, and its Content-Type. */
export interface FetchedPage {
  url: string;
  bytes: Uint8Array;
  contentType: string | null;
  redirects: number;
}

/**
 * Checks that `url` is http(s) and allowed by `policy`.
 * @throws ApiError validation_failed naming the `url` field
 */
export function checkFetchTarget(url: string, policy: AddressPolicy): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ApiError('validation_failed', 'url is not a valid URL', [{ path: 'url', message: 'must be an absolute http(s) URL' }]);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new ApiError('validation_failed', 'Only http and https pages can be clipped', [
      { path: 'url', message: 'must be an absolute http(s) URL' },
    ]);
  }
  if (parsed.username || parsed.password) {
    throw new ApiError('validation_failed', 'URLs with credentials are not fetched', [{ path: 'url', message: 'must not contain user:password@' }]);
  }
  const reason = refusalReason(parsed.hostname, policy);
  if (reason) throw new ApiError('validation_failed', `Refused to fetch: ${reason}`, [{ path: 'url', message: reason }]);
  return parsed;
}

function tooLarge(limits: PageFetchLimits): ApiError {
  return new ApiError('payload_too_large', `The page is larger than ${limits.maxBytes} bytes`);
}

/** Reads a body up to `maxBytes`, cancelling the stream as soon as it goes over. */
async function readCappedBody(body: ReadableStream<Uint8Array> | null, limits: PageFetchLimits): Promise<Uint8Array> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limits.maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limits);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/**
 * Fetches `url` (following at most `maxRedirects` redirects, each target checked) and returns
 * the HTML page's bytes.
 * @throws ApiError validation_failed (refused address, bad URL, too many redirects),
 *   payload_too_large (over maxBytes), unsupported_media_type (not HTML),
 *   fetch_failed (network error or non-2xx answer), fetch_timeout (deadline passed)
 */
export async function fetchPage(
  url: string,
  policy: AddressPolicy,
  limits: PageFetchLimits = PAGE_FETCH_LIMITS,
): Promise<FetchedPage> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let target = checkFetchTarget(url, policy);
  try {
    for (let redirects = 0; ; redirects += 1) {
      const response = await fetch(target.href, { headers: REQUEST_HEADERS, redirect: 'manual', signal });
      if (REDIRECT_STATUSES.has(response.status)) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location) throw new ApiError('fetch_failed', `The page answered ${response.status} without a Location`);
        if (redirects >= limits.maxRedirects) {
          throw new ApiError('validation_failed', `More than ${limits.maxRedirects} redirects`, [
            { path: 'url', message: 'redirects too many times' },
          ]);
        }
        target = checkFetchTarget(new URL(location, target).href, policy);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new ApiError('fetch_failed', `The page answered ${response.status}`);
      }
      const contentType = response.headers.get('content-type');
      const mediaType = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
      if (!HTML_MEDIA_TYPES.has(mediaType)) {
        await response.body?.cancel();
        throw new ApiError('unsupported_media_type', `The URL is not an HTML page (${mediaType})`);
      }
      const declaredLength = Number(response.headers.get('content-length') ?? Number.NaN);
      if (declaredLength > limits.maxBytes) {
        await response.body?.cancel();
        throw tooLarge(limits);
      }
      const bytes = await readCappedBody(response.body, limits);
      return { url: target.href, bytes, contentType, redirects };
    }
  } catch (err) {
    if (err instanceof ApiError) throw err;
    if (signal.aborted) throw new ApiError('fetch_timeout', `The page did not load within ${limits.timeoutMs / 1000} s`);
    // Network errors carry internal detail (resolver, TLS); the client gets the kind only.
    throw new ApiError('fetch_failed', 'The page could not be fetched (network error)');
  }
}
