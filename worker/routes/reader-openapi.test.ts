import { describe, expect, it } from 'vitest';
import { call } from '../test/helpers';

interface Operation {
  security?: unknown[];
  requestBody?: { content: Record<string, unknown> };
  responses: Record<string, { content?: Record<string, unknown>; headers?: Record<string, unknown> }>;
}

describe('OpenAPI of the reader, export, feed and clip routes', () => {
  it('documents media types, errors and authentication of each', async () => {
    const doc = (await (await call('/openapi.json')).json()) as {
      paths: Record<string, Record<string, Operation>>;
      components: { securitySchemes: Record<string, { type: string; in?: string }> };
    };
    const op = (path: string, method: string) => doc.paths[path]![method]!;
    expect(Object.keys(op('/api/articles/{id}.md', 'get').responses['200']!.content!)).toEqual(['text/markdown']);
    expect(Object.keys(op('/feeds/{feedToken}.atom', 'get').responses['200']!.content!)).toEqual(['application/atom+xml']);
    expect(op('/feeds/{feedToken}.atom', 'get').security).toEqual([]);
    expect(Object.keys(op('/api/import', 'post').requestBody!.content)).toEqual(['application/x-ndjson']);
    expect(Object.keys(op('/api/clip', 'post').requestBody!.content)).toEqual(['application/json']);
    expect(Object.keys(op('/api/clip', 'post').responses)).toEqual(expect.arrayContaining(['201', '400', '413', '422', '502', '504']));
    expect(op('/api/session', 'post').responses['201']!.headers).toHaveProperty('Set-Cookie');
    expect(Object.keys(doc.paths['/api/session']!).sort()).toEqual(['delete', 'get', 'post']);
    expect(Object.keys(doc.paths['/api/feeds']!).sort()).toEqual(['get', 'post']);
    expect(doc.components.securitySchemes.sessionCookie).toMatchObject({ type: 'apiKey', in: 'cookie' });
  });
});
