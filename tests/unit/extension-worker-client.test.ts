/** The extension's Worker client against a real HTTP server on 127.0.0.1 (no network beyond it). */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../shared/article';
import {
  clipErrorOf,
  getSummary,
  postArticle,
  WorkerHttpError,
  WorkerNetworkError,
} from '../../extension/background/worker-client';

interface Seen {
  method?: string;
  url?: string;
  headers: IncomingHttpHeaders;
  body: string;
}

let server: Server;
let endpoint: string;
let seen: Seen;
let reply: { status: number; body: string };

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      seen = { method: request.method, url: request.url, headers: request.headers, body };
      response.writeHead(reply.status, { 'Content-Type': 'application/json' }).end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const article = {
  url: 'https://example.com/a', canonicalUrl: 'https://example.com/a', title: 'A', authors: [], editors: [],
  lang: 'en', keywords: [], text: 'Body.', html: '', wordCount: 1, flags: [], extractor: { name: 'jianbao', version: '0' },
} satisfies Article;

describe('worker client', () => {
  it('posts the article with the bearer token and the outbox id as Idempotency-Key', async () => {
    reply = { status: 201, body: JSON.stringify({ id: 'a1', version: 1, created: true }) };
    const ack = await postArticle({ endpoint, token: 'tok' }, article, 'key-123');
    expect(ack).toEqual({ id: 'a1', version: 1, created: true });
    expect(seen.method).toBe('POST');
    expect(seen.url).toBe('/api/articles');
    expect(seen.headers.authorization).toBe('Bearer tok');
    expect(seen.headers['idempotency-key']).toBe('key-123');
    expect(seen.headers['content-type']).toBe('application/json');
    expect(JSON.parse(seen.body)).toEqual(article);
  });

  it('turns the JSON error model into a typed error, and a 200 of the wrong shape into one too', async () => {
    reply = { status: 400, body: JSON.stringify({ error: { code: 'validation_failed', message: 'title: required' } }) };
    const failure = await postArticle({ endpoint, token: 'tok' }, article, 'k').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(WorkerHttpError);
    expect(failure).toMatchObject({ status: 400, code: 'validation_failed', message: 'title: required' });

    reply = { status: 200, body: '<html>a captive portal</html>' };
    await expect(postArticle({ endpoint, token: 'tok' }, article, 'k')).rejects.toMatchObject({ code: 'unexpected_response' });
  });

  it('reads the summary', async () => {
    reply = { status: 200, body: JSON.stringify({ id: 'a1', lang: 'zh', method: 'x', sentences: ['甲。', '乙。'], summary: '甲。乙。' }) };
    expect(await getSummary({ endpoint, token: 't' }, 'a1', 2)).toEqual({ sentences: ['甲。', '乙。'], summary: '甲。乙。' });
    expect(seen.url).toBe('/api/articles/a1/summary?sentences=2');
  });

  it('reports a closed port as a network error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(postArticle({ endpoint: `http://127.0.0.1:${port}`, token: 't' }, article, 'k')).rejects.toBeInstanceOf(WorkerNetworkError);
  });
});

describe('clipErrorOf', () => {
  const at = 5;
  it('separates what the user must fix from what is retried', () => {
    expect(clipErrorOf(new WorkerHttpError(401, 'unauthorized', 'no'), endpoint, at)).toMatchObject({ kind: 'unauthorized', status: 401 });
    expect(clipErrorOf(new WorkerHttpError(413, 'payload_too_large', 'big'), endpoint, at)).toMatchObject({ kind: 'rejected' });
    expect(clipErrorOf(new WorkerHttpError(400, 'validation_failed', 'title: required'), endpoint, at).message).toMatch(/title: required/);
    expect(clipErrorOf(new WorkerHttpError(404, 'not_found', 'x'), endpoint, at)).toMatchObject({ kind: 'not-configured' });
    expect(clipErrorOf(new WorkerHttpError(503, 'http_503', 'x'), endpoint, at)).toMatchObject({ kind: 'server-error' });
    expect(clipErrorOf(new WorkerHttpError(429, 'rate_limited', 'x'), endpoint, at)).toMatchObject({ kind: 'server-error' });
    expect(clipErrorOf(new WorkerNetworkError('down'), endpoint, at)).toMatchObject({ kind: 'unreachable', at });
  });
});
