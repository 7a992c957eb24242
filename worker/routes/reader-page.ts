/**
 * Serves the reader page (static assets built into dist/reader) with the security headers the
 * page relies on. The Worker runs first for every request (wrangler.toml run_worker_first), so
 * the API and feeds never fall through to assets and every asset gets these headers.
 */

/**
 * The page's Content-Security-Policy: its own scripts, styles and API only; no inline script
 * or style, no third-party origin (article images are not loaded: they would tell the site
 * what you read), no framing, no plugins, no <base> tricks.
 */
export const READER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "manifest-src 'self'",
].join('; ');

/** Headers on every page asset. */
export const READER_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': READER_CSP,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Paths the Worker answers itself; the page's assets never shadow them. */
const NOT_PAGE = /^\/(?:api|feeds)(?:\/|$)|^\/(?:openapi\.json|health)$/;

/**
 * Answers GET requests for the page and its assets; undefined for API paths (so the router's
 * JSON 404 applies) and for files that do not exist.
 */
export async function serveReaderPage(request: Request, env: Env): Promise<Response | undefined> {
  const url = new URL(request.url);
  if (NOT_PAGE.test(url.pathname)) return undefined;
  const asset = await env.ASSETS.fetch(request);
  if (asset.status === 404) return undefined;
  const headers = new Headers(asset.headers);
  for (const [name, value] of Object.entries(READER_HEADERS)) headers.set(name, value);
  // The shell is tiny and must pick up a new build at once; scripts revalidate by ETag.
  headers.set('Cache-Control', 'no-cache');
  return new Response(asset.body, { status: asset.status, statusText: asset.statusText, headers });
}
