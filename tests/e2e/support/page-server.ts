/**
 * A local web server for the pages the browser tests read: fixture pages from tests/fixtures,
 * pages made for the tests in tests/e2e/pages, by route. No network beyond 127.0.0.1.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

export interface PageServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** The full address of a route. */
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Routes: exact path → file (served as UTF-8 HTML; `.gz` files are unpacked first), or a path
 * prefix ending in `/*` → one file for every path under it (single-page sites).
 */
export type PageRoutes = Record<string, string>;

/**
 * Archived captures (`.gz`) are served with their scripts disabled: those scripts belong to the
 * original site (redirects, ads, trackers) and would make the page change under the test.
 * Content scripts are not affected by a page's CSP, so the extension works as on the live page.
 */
function headersFor(file: string): Record<string, string> {
  const headers: Record<string, string> = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' };
  if (file.endsWith('.gz')) headers['Content-Security-Policy'] = "script-src 'none'";
  return headers;
}

/** Serves `routes` on 127.0.0.1, on a port the system picks, until closed. */
export async function startPageServer(routes: PageRoutes): Promise<PageServer> {
  const routeFile = (path: string): string =>
    routes[path] ?? Object.entries(routes).find(([route]) => route.endsWith('/*') && path.startsWith(route.slice(0, -1)))?.[1] ?? '';
  const read = (file: string): Buffer => (file.endsWith('.gz') ? gunzipSync(readFileSync(file)) : readFileSync(file));
  const pages = new Map(Object.entries(routes).map(([path, file]) => [path, read(file)]));
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const body = pages.get(path) ?? [...pages].find(([route]) => route.endsWith('/*') && path.startsWith(route.slice(0, -1)))?.[1];
    if (!body) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    response.writeHead(200, headersFor(routeFile(path))).end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
