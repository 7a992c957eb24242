/**
 * A local web server for the POST /api/clip tests (vitest globalSetup of the `worker` project):
 * real HTTP over loopback, so the Worker's fetch, redirect, size and charset handling run for
 * real inside workerd. No live network is touched.
 *
 * Paths: /utf8.html, /gbk.html, /gbk-header.html (charset only in the header), /big5.html,
 * /redirect?to=URL (302), /chain/N (N redirects, then /utf8.html), /huge.html (6 MiB with
 * Content-Length), /huge-chunked.html (6 MiB, no Content-Length), /file.pdf, /empty.html,
 * /slow.html (headers at once, the body 5 s later), anything else 404.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the local page server, e.g. http://127.0.0.1:9531 */
    pageServerOrigin: string;
  }
}

const PAGES = resolve(import.meta.dirname, '../clip-pages');
/** Port in this project's range; 0 (any free port) when it is taken. */
const PREFERRED_PORT = Number(process.env.JIANBAO_PAGE_SERVER_PORT ?? 9531);
const HUGE_BYTES = 6 * 1024 * 1024;

const STATIC_PAGES: Record<string, { file: string; contentType: string }> = {
  '/utf8.html': { file: 'utf8-news.html', contentType: 'text/html; charset=utf-8' },
  '/gbk.html': { file: 'gbk-news.html', contentType: 'text/html' },
  '/gbk-header.html': { file: 'gbk-header-only.html', contentType: 'text/html; charset=GBK' },
  '/big5.html': { file: 'big5-news.html', contentType: 'text/html' },
};

function hugePage(): Buffer {
  const paragraph = '<p>这是一段很长的正文，用来检查抓取大小上限是否生效。</p>\n';
  return Buffer.from(`<html><head><title>huge</title></head><body>${paragraph.repeat(Math.ceil(HUGE_BYTES / Buffer.byteLength(paragraph)))}</body></html>`);
}

function startServer(port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const page = STATIC_PAGES[url.pathname];
    if (page) {
      response.writeHead(200, { 'content-type': page.contentType });
      response.end(readFileSync(resolve(PAGES, page.file)));
    } else if (url.pathname === '/redirect') {
      response.writeHead(302, { location: url.searchParams.get('to') ?? '/' });
      response.end();
    } else if (url.pathname.startsWith('/chain/')) {
      const left = Number(url.pathname.slice('/chain/'.length));
      response.writeHead(302, { location: left > 1 ? `/chain/${left - 1}` : '/utf8.html' });
      response.end();
    } else if (url.pathname === '/huge.html') {
      const body = hugePage();
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.byteLength });
      response.end(body);
    } else if (url.pathname === '/huge-chunked.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const body = hugePage();
      for (let at = 0; at < body.byteLength; at += 64 * 1024) response.write(body.subarray(at, at + 64 * 1024));
      response.end();
    } else if (url.pathname === '/slow.html') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.write('<html><head><title>slow</title></head><body>');
      setTimeout(() => response.end('<p>late</p></body></html>'), 5_000).unref();
    } else if (url.pathname === '/file.pdf') {
      response.writeHead(200, { 'content-type': 'application/pdf' });
      response.end('%PDF-1.4\n');
    } else if (url.pathname === '/empty.html') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<html><head></head><body></body></html>');
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolvePromise(server));
  });
}

/** Starts the server, hands its origin to the tests, and closes it afterwards. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let server: Server;
  try {
    server = await startServer(PREFERRED_PORT);
  } catch {
    server = await startServer(0);
  }
  const { port } = server.address() as AddressInfo;
  project.provide('pageServerOrigin', `http://127.0.0.1:${port}`);
  return () =>
    new Promise((done) => {
      server.closeAllConnections();
      server.close(() => done());
    });
}
