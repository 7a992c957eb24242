/**
 * CORS for the browser extension: pages of our own extension call the API from
 * chrome-extension:// or moz-extension:// origins with an Authorization header and JSON.
 * Other origins get no CORS headers, so browsers keep them out.
 */

/** Origins allowed to call the API from a browser: extension pages only. */
const EXTENSION_ORIGIN = /^(?:chrome-extension|moz-extension|safari-web-extension):\/\/[A-Za-z0-9._-]+$/;

const ALLOWED_METHODS = 'GET, POST, DELETE, OPTIONS';
const ALLOWED_HEADERS = 'Authorization, Content-Type, Idempotency-Key';
const EXPOSED_HEADERS = 'Retry-After';

function allowedOrigin(request: Request): string | null {
  const origin = request.headers.get('origin');
  return origin && EXTENSION_ORIGIN.test(origin) ? origin : null;
}

/** Answers a CORS preflight (OPTIONS) for any path; other requests pass through (undefined). */
export function preflight(request: Request): Response | undefined {
  if (request.method !== 'OPTIONS') return undefined;
  const origin = allowedOrigin(request);
  const headers = new Headers({ Vary: 'Origin' });
  if (origin) {
    headers.set('Access-Control-Allow-Origin', origin);
    headers.set('Access-Control-Allow-Methods', ALLOWED_METHODS);
    headers.set('Access-Control-Allow-Headers', ALLOWED_HEADERS);
    headers.set('Access-Control-Max-Age', '86400');
  }
  return new Response(null, { status: 204, headers });
}

/** Adds CORS headers to an answer for an extension origin. */
export function withCors(response: Response, request: Request): Response {
  const origin = allowedOrigin(request);
  const headers = new Headers(response.headers);
  headers.append('Vary', 'Origin');
  if (origin) {
    headers.set('Access-Control-Allow-Origin', origin);
    headers.set('Access-Control-Expose-Headers', EXPOSED_HEADERS);
  }
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
