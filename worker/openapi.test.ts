import { describe, expect, it } from 'vitest';
import { ERROR_STATUS } from './http/api-error';
import { ROUTES } from './router';
import { call } from './test/helpers';

interface Operation {
  operationId: string;
  parameters: Array<{ name: string; in: string; required: boolean; schema: unknown }>;
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: { $ref?: string } }> }>;
  security?: unknown[];
}
interface Document {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
}

async function document(): Promise<Document> {
  const res = await call('/openapi.json');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  return (await res.json()) as Document;
}

describe('/openapi.json', () => {
  it('documents every route with its method, parameters, body and every error it can answer', async () => {
    const doc = await document();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: 'http', scheme: 'bearer' });
    for (const route of ROUTES) {
      const op = doc.paths[route.path.replace(/:(\w+)/g, '{$1}')]?.[route.method.toLowerCase()];
      expect(op, `${route.method} ${route.path}`).toBeDefined();
      expect(op!.operationId).toBe(route.operationId);
      for (const name of route.path.match(/:(\w+)/g) ?? []) {
        expect(op!.parameters).toContainEqual(expect.objectContaining({ name: name.slice(1), in: 'path', required: true }));
      }
      for (const status of route.errors.map((code) => String(ERROR_STATUS[code]))) {
        expect(op!.responses[status]?.content?.['application/json']?.schema.$ref).toBe('#/components/schemas/Error');
      }
      for (const code of route.errors) expect(op!.responses[String(ERROR_STATUS[code])]!.description).toContain(code);
      if (route.auth) expect(op!.security).toBeUndefined();
      else expect(op!.security).toEqual([]);
    }
  });

  it('documents the list parameters, the summary parameter and the Idempotency-Key header', async () => {
    const doc = await document();
    const list = doc.paths['/api/articles']!.get!;
    expect(list.parameters.map((p) => p.name).sort()).toEqual(['cursor', 'fold', 'lang', 'limit', 'q', 'since', 'site', 'sort', 'story', 'until']);
    expect(list.parameters.find((p) => p.name === 'fold')!.schema).toMatchObject({ enum: ['stories'] });
    expect(list.parameters.find((p) => p.name === 'limit')!.schema).toMatchObject({ minimum: 1, maximum: 100, default: 20 });
    const summary = doc.paths['/api/articles/{id}/summary']!.get!;
    expect(summary.parameters.find((p) => p.name === 'sentences')!.schema).toMatchObject({ minimum: 1, maximum: 10, default: 3 });
    const save = doc.paths['/api/articles']!.post!;
    expect(save.parameters).toContainEqual(expect.objectContaining({ name: 'Idempotency-Key', in: 'header' }));
    expect(Object.keys(save.responses).sort()).toEqual(['200', '201', '400', '401', '413', '415', '422', '429', '500']);
  });

  it('describes the article body from the same schema that validates it', async () => {
    const doc = await document();
    const body = doc.paths['/api/articles']!.post!.requestBody!.content['application/json']!.schema as { $ref?: string; required?: string[] };
    const schema = (body.$ref ? doc.components.schemas[body.$ref.split('/').pop()!] : body) as {
      required: string[];
      properties: Record<string, unknown>;
    };
    expect(schema.required.sort()).toEqual(['canonicalUrl', 'extractor', 'lang', 'text', 'title', 'url', 'wordCount'].sort());
    expect(Object.keys(schema.properties)).toContain('html');
    const refs = JSON.stringify(doc).match(/"#\/components\/schemas\/[^"]+"/g) ?? [];
    for (const ref of refs) expect(doc.components.schemas[JSON.parse(ref).split('/').pop()]).toBeDefined();
  });
});
