/**
 * Sessions of the reader page: sign in by pasting an API token once (POST), read the session
 * and its CSRF token (GET), sign out (DELETE). The token itself is never stored by the page and
 * never appears in a URL; the session cookie is HttpOnly, Secure, SameSite=Strict.
 */
import { z } from 'zod';
import { authenticate } from '../auth/authenticate';
import { ApiError } from '../http/api-error';
import { readJsonBody } from '../http/read-json-body';
import { sessionSchema } from '../reader-api-schemas';
import { defineRoute, validate } from '../http/route';
import { checkCsrf, isSameOriginRequest, sessionOf } from '../session/authenticate-request';
import { clearedSessionCookie, sessionCookie, sessionSecretFrom } from '../session/session-cookie';
import { createSession, deleteSession } from '../session/session-store';

const signInSchema = z
  .object({ token: z.string().min(1).max(200).meta({ description: 'An API token (jb_…), as printed by `npm run token -- create`' }) });

function noSession(): ApiError {
  return new ApiError('unauthorized', 'Not signed in');
}

export const getSessionRoute = defineRoute({
  method: 'GET',
  path: '/api/session',
  operationId: 'getSession',
  summary: 'The reader page session of this browser',
  description: 'Authenticated by the session cookie only. Answers the signed-in user and the CSRF token for changes.',
  auth: false,
  responses: { 200: { description: 'Signed in', schema: sessionSchema } },
  errors: ['unauthorized', 'internal'],
  async handle({ request, env }) {
    const session = await sessionOf(request, env.DB);
    if (!session) throw noSession();
    return Response.json(
      { user: { id: session.userId, name: session.userName }, csrfToken: session.csrfToken, expiresAt: session.expiresAt },
      { headers: { 'Cache-Control': 'no-store' } },
    );
  },
});

export const createSessionRoute = defineRoute({
  method: 'POST',
  path: '/api/session',
  operationId: 'signIn',
  summary: 'Sign in to the reader page with an API token',
  description:
    'Checks the token and sets an HttpOnly, Secure, SameSite=Strict session cookie holding a random id (only its hash is stored). ' +
    'The session ends when it expires (30 days), on sign-out, or when the token is revoked.',
  auth: false,
  body: signInSchema,
  responses: {
    201: { description: 'Signed in; the Set-Cookie header carries the session', schema: sessionSchema, headers: { 'Set-Cookie': 'The session cookie' } },
  },
  errors: ['invalid_json', 'validation_failed', 'unauthorized', 'forbidden', 'payload_too_large', 'unsupported_media_type', 'internal'],
  async handle({ request, env }) {
    // A login form on another site must not sign this browser in to someone else's account.
    if (!isSameOriginRequest(request)) throw new ApiError('forbidden', 'Sign in from the reader page itself');
    const { token } = validate(signInSchema, (await readJsonBody(request)).value, 'body');
    const caller = await authenticate(new Request(request.url, { headers: { authorization: `Bearer ${token}` } }), env.DB);
    const user = await env.DB.prepare('SELECT name FROM users WHERE id = ?1').bind(caller.userId).first<{ name: string }>();
    const session = await createSession(env.DB, caller.userId, caller.tokenId);
    return Response.json(
      { user: { id: caller.userId, name: user?.name ?? '' }, csrfToken: session.csrfToken, expiresAt: session.expiresAt },
      { status: 201, headers: { 'Set-Cookie': sessionCookie(session.secret), 'Cache-Control': 'no-store' } },
    );
  },
});

export const deleteSessionRoute = defineRoute({
  method: 'DELETE',
  path: '/api/session',
  operationId: 'signOut',
  summary: 'Sign out of the reader page',
  description: 'Deletes the session and clears the cookie. Needs the X-CSRF-Token header of the session.',
  auth: false,
  responses: { 204: { description: 'Signed out', headers: { 'Set-Cookie': 'Clears the session cookie' } } },
  errors: ['unauthorized', 'forbidden', 'internal'],
  async handle({ request, env }) {
    const session = await sessionOf(request, env.DB);
    if (!session) throw noSession();
    checkCsrf(request, session);
    await deleteSession(env.DB, sessionSecretFrom(request)!);
    return new Response(null, { status: 204, headers: { 'Set-Cookie': clearedSessionCookie() } });
  },
});
