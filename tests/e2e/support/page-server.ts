/**
 * A local web server for the pages the browser tests read: fixture pages from tests/fixtures,
 * pages made for the tests in tests/e2e/pages, by route. No network beyond 127.0.0.1.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';

export interface PageServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** The full address of a route. */
  url(path: string): string;
  close(): Promise<void>;
}

/** Routes: exact path → file (served as UTF-8 HTML), or path prefix ending in `/*` → one file for all. */
export type PageRoutes = Record<string, string>;

/** Serves `routes` on 127.0.0.1:`port` until closed. */
export async function startPageServer(port: number, routes: PageRoutes): Promise<PageServer> {
  const pages = new Map(Object.entries(routes).map(([path, file]) => [path, readFileSync(file)]));
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const body = pages.get(path) ?? [...pages].find(([route]) => route.endsWith('/*') && path.startsWith(route.slice(0, -1)))?.[1];
    if (!body) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
