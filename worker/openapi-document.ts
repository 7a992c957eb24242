import { z } from 'zod';
import { errorSchema } from './api-schemas';
import { ERROR_STATUS, type ErrorCode } from './http/api-error';
import type { RouteSpec } from './http/route';

/** What each error code means, for the documentation. */
const ERROR_MEANING: Record<ErrorCode, string> = {
  invalid_json: 'The body is not valid UTF-8 JSON',
  validation_failed: 'The body, a parameter or a header breaks the schema; `fields` names each offending field',
  unauthorized: 'No token, a malformed, unknown or revoked token (or no live session cookie)',
  forbidden: 'A change made with the session cookie without its X-CSRF-Token, or from another site',
  not_found: 'No such route, or no such article for this user',
  method_not_allowed: 'The route exists but not with this method',
  payload_too_large: 'The body is larger than 2 MiB',
  unsupported_media_type: 'The body is not sent as application/json',
  idempotency_key_reused: 'The Idempotency-Key was used before with another body',
  no_article: 'The page has no article the extractor can find',
  fetch_failed: 'The page could not be fetched (network error or a non-2xx answer)',
  fetch_timeout: 'The page did not load in time',
  rate_limited: 'Too many writes with this token; retry after Retry-After seconds',
  internal: 'An unexpected failure; no detail is given',
};

type JsonSchema = Record<string, unknown>;

const componentUri = (id: string) => `#/components/schemas/${id}`;

/** Every named schema (`.meta({ id })`) as OpenAPI components, referencing each other by $ref. */
function namedSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(z.globalRegistry, { io: 'output', unrepresentable: 'any', uri: componentUri }) as {
    schemas: Record<string, JsonSchema>;
  };
  for (const schema of Object.values(schemas)) {
    delete schema.$schema;
    delete schema.id;
  }
  return schemas;
}

/**
 * JSON Schema of a zod schema as OpenAPI 3.1 reads it (JSON Schema 2020-12): a $ref for a named
 * response schema; inline otherwise (request bodies are described as input: defaults optional).
 */
function schemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const id = z.globalRegistry.get(schema)?.id;
  if (id && io === 'output') return { $ref: componentUri(id) };
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  delete json.$schema;
  return json;
}

/** Parameters of a zod object, one OpenAPI parameter a key. */
function parametersOf(schema: z.ZodType | undefined, location: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: location,
      required: location === 'path' || (json.required ?? []).includes(name),
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

/** The OpenAPI 3.1 document of every route, generated from the routes' own schemas. */
export function openApiDocument(routes: RouteSpec[], serverUrl: string): JsonSchema {
  const components = namedSchemas();
  const errorRef = schemaOf(errorSchema, 'output');
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    const responses: Record<string, unknown> = {};
    for (const [status, response] of Object.entries(route.responses)) {
      responses[status] = {
        description: response.description,
        ...(response.schema
          ? { content: { [response.mediaType ?? 'application/json']: { schema: schemaOf(response.schema, 'output') } } }
          : response.mediaType
            ? { content: { [response.mediaType]: {} } }
            : {}),
        ...(response.headers
          ? { headers: Object.fromEntries(Object.entries(response.headers).map(([name, description]) => [name, { description, schema: { type: 'string' } }])) }
          : {}),
      };
    }
    const byStatus = new Map<number, ErrorCode[]>();
    for (const code of route.errors) byStatus.set(ERROR_STATUS[code], [...(byStatus.get(ERROR_STATUS[code]) ?? []), code]);
    for (const [status, codes] of byStatus) {
      responses[String(status)] = {
        description: codes.map((code) => `\`${code}\`: ${ERROR_MEANING[code]}`).join('; '),
        ...(status === 429 ? { headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait' } } } : {}),
        content: { 'application/json': { schema: errorRef } },
      };
    }
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      operationId: route.operationId,
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      ...(route.auth ? {} : { security: [] }),
      parameters: [
        ...parametersOf(route.params, 'path'),
        ...parametersOf(route.query, 'query'),
        ...(route.headers ?? []).map((header) => ({
          name: header.name,
          in: 'header',
          required: false,
          description: header.description,
          schema: schemaOf(header.schema, 'input'),
        })),
      ],
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: schemaOf(route.body, 'input') } },
            },
          }
        : route.bodyMediaType
          ? { requestBody: { required: true, content: { [route.bodyMediaType]: {} } } }
          : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Jianbao API',
      version: '1.0.0',
      description:
        'Clip news articles into your own Cloudflare Worker + D1. Errors are {"error": {"code", "message"}} ' +
        '(plus "fields" for validation_failed). Writes are rate limited per token.',
    },
    servers: [{ url: serverUrl }],
    security: [{ bearerAuth: [] }, { sessionCookie: [] }],
    paths,
    components: {
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'A token made with `npm run token -- create`' },
        sessionCookie: {
          type: 'apiKey',
          in: 'cookie',
          name: '__Host-jianbao_session',
          description: 'The reader page session (POST /api/session); POST and DELETE also need its X-CSRF-Token header',
        },
      },
      schemas: components,
    },
  };
}
