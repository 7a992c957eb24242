/**
 * The reader page's client for the Worker API. The session cookie (HttpOnly) authenticates;
 * the page never sees or stores a token. Mutations carry the CSRF token that GET /api/session
 * returned, which a page of another origin cannot read.
 */

/** The API answered with its JSON error model. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

/** The request never got an answer (offline, Worker down). */
export class NetworkError extends Error {
  constructor(options: { cause: unknown }) {
    super('The server could not be reached', options);
    this.name = 'NetworkError';
  }
}

/** Header carrying the session's CSRF token on POST and DELETE. */
export const CSRF_HEADER = 'X-CSRF-Token';

async function errorFrom(response: Response): Promise<ApiRequestError> {
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string } };
    return new ApiRequestError(response.status, body.error?.code ?? 'unknown', body.error?.message ?? response.statusText);
  } catch {
    return new ApiRequestError(response.status, 'unknown', response.statusText || `HTTP ${response.status}`);
  }
}

/** Calls the API on the page's own origin with the session cookie. */
export class ApiClient {
  /** Set after sign-in or after GET /api/session; sent with every mutation. */
  csrfToken = '';

  /** Sends a request; returns the parsed JSON (or null for 204). */
  async request<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown, contentType = 'application/json'): Promise<T> {
    const headers = new Headers({ Accept: 'application/json' });
    if (method !== 'GET' && this.csrfToken) headers.set(CSRF_HEADER, this.csrfToken);
    let payload: BodyInit | undefined;
    if (body !== undefined) {
      headers.set('Content-Type', contentType);
      payload = typeof body === 'string' || body instanceof Blob ? body : JSON.stringify(body);
    }
    let response: Response;
    try {
      response = await fetch(path, { method, headers, body: payload, credentials: 'same-origin', cache: 'no-store' });
    } catch (cause) {
      throw new NetworkError({ cause });
    }
    if (!response.ok) throw await errorFrom(response);
    if (response.status === 204) return null as T;
    return (await response.json()) as T;
  }

  get<T>(path: string): Promise<T> {
    return this.request<T>('GET', path);
  }
}
