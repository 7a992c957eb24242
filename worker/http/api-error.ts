/**
 * The one error model of the API: handlers throw an ApiError; the router's catch stage
 * (errorResponse) turns it into `{"error": {"code", "message"}}` with the matching status.
 * Anything else is a bug: it is logged and answered with a bare 500 that leaks nothing.
 */

/** Every error code the API can answer with, and its HTTP status. */
export const ERROR_STATUS = {
  invalid_json: 400,
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  payload_too_large: 413,
  unsupported_media_type: 415,
  idempotency_key_reused: 422,
  no_article: 422,
  rate_limited: 429,
  internal: 500,
  fetch_failed: 502,
  fetch_timeout: 504,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** One offending field of a request that failed validation. */
export interface FieldError {
  /** Dotted path into the body or query (`authors.0`, `sentences`); empty for the whole body. */
  path: string;
  message: string;
}

/** A request the API refuses on purpose: carries the status, code and a client-safe message. */
export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = ERROR_STATUS[code];
  }
}

/** The JSON body of an error answer. */
export function errorBody(code: ErrorCode, message: string, fields?: FieldError[]) {
  return { error: fields ? { code, message, fields } : { code, message } };
}

/**
 * The catch stage: ApiError → its JSON answer; anything else → logged, bare `internal` 500.
 */
export function errorResponse(err: unknown): Response {
  if (err instanceof ApiError) {
    return Response.json(errorBody(err.code, err.message, err.fields), {
      status: err.status,
      headers: err.headers,
    });
  }
  console.error('unhandled error', err);
  return Response.json(errorBody('internal', 'Internal error'), { status: 500 });
}
