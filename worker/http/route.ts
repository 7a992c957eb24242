import { z } from 'zod';
import type { Caller, Owner } from '../auth/authenticate';
import { ApiError, type ErrorCode, type FieldError } from './api-error';

/** What a handler gets: the request, bindings, the authenticated caller and validated input. */
export interface RouteContext<Params, Query> {
  request: Request;
  env: Env;
  ctx: ExecutionContext;
  /**
   * Present on routes with `auth: true`, except on routes with `checksOwnToken` called with a
   * bearer token: there reading it throws (the token is not checked yet; use `owner`).
   */
  caller: Caller;
  /**
   * Whose data a write is for, on routes with `auth: true`: the caller, or on routes with
   * `checksOwnToken` called with a bearer token, that token, checked by the handler's own writes.
   */
  owner: Owner;
  params: Params;
  query: Query;
}

/** One documented response of a route (errors are listed separately by code). */
export interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
  /** Media type of the body when it is not application/json (Markdown, zip, Atom…). */
  mediaType?: string;
  headers?: Record<string, string>;
}

/**
 * One endpoint, declared once: the router validates params and query with these schemas,
 * and the OpenAPI document is generated from the same declaration.
 */
export interface RouteSpec<P extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType> {
  method: 'GET' | 'POST' | 'DELETE';
  /** itty-router path, `:name` for parameters. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  /** Requires `Authorization: Bearer <token>`. */
  auth: boolean;
  /** Counts against the per-token write rate limit. */
  write?: boolean;
  /**
   * A bearer token is only read and hashed by the router, not looked up: the handler's writes
   * check it themselves (a save's one batch: articles/save-article.ts), which saves a D1 round
   * trip a request. The router still answers 401 before anything else the route refuses.
   */
  checksOwnToken?: boolean;
  params?: P;
  query?: Q;
  /** The JSON request body (read and validated by the handler, documented from this). */
  body?: z.ZodType;
  /** A non-JSON request body's media type (e.g. application/x-ndjson), for the documentation. */
  bodyMediaType?: string;
  /** Request headers the route reads, for the documentation. */
  headers?: Array<{ name: string; description: string; schema: z.ZodType }>;
  responses: Record<number, ResponseSpec>;
  /** Error codes this route can answer with (for the documentation). */
  errors: ErrorCode[];
  handle(context: RouteContext<z.output<P>, z.output<Q>>): Promise<Response> | Response;
}

/** Declares a route with its types inferred from its schemas. */
export function defineRoute<P extends z.ZodType = z.ZodObject, Q extends z.ZodType = z.ZodObject>(
  spec: RouteSpec<P, Q>,
): RouteSpec<P, Q> {
  return spec;
}

/** Turns zod issues into the `fields` of a validation_failed error. */
export function fieldErrors(error: z.ZodError, prefix = ''): FieldError[] {
  return error.issues.slice(0, 50).map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: issue.message,
  }));
}

/**
 * Validates input with a schema.
 * @throws ApiError validation_failed naming the offending fields
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown, what: string, prefix = ''): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new ApiError('validation_failed', `The ${what} is not valid`, fieldErrors(result.error, prefix));
  }
  return result.data;
}
