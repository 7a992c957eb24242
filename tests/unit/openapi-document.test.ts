import { Validator } from '@seriousme/openapi-schema-validator';
import { expect, it } from 'vitest';

// The Worker's modules are typed against workers-types (another tsconfig), so they are loaded by
// path here, untyped: this test only needs the document they generate.
const routerModule = '../../worker/router';
const documentModule = '../../worker/openapi-document';

it('generates an OpenAPI 3.1 document that validates against the official schema', async () => {
  const { ROUTES } = (await import(/* @vite-ignore */ routerModule)) as { ROUTES: unknown[] };
  const { openApiDocument } = (await import(/* @vite-ignore */ documentModule)) as {
    openApiDocument: (routes: unknown[], server: string) => Record<string, unknown>;
  };
  const doc = openApiDocument(ROUTES, 'http://127.0.0.1:8787');
  const validator = new Validator();
  const result = await validator.validate(doc);
  expect(result.errors ?? []).toEqual([]);
  expect(result.valid).toBe(true);
  expect(validator.version).toBe('3.1');
});
