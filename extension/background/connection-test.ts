/**
 * "Test connection" on the options page: checks, in order, that the endpoint is a URL, that it
 * answers, that it is a Jianbao Worker, and that the token is accepted; says exactly which failed.
 */
import { canContact } from '../endpoint-access';
import { endpointProblem, normaliseEndpoint } from '../settings';
import type { ConnectionReport } from '../messages';
import { checkHealth, checkToken, clipErrorOf, WorkerHttpError, WorkerNetworkError, WorkerTimeoutError } from './worker-client';

/** Runs the checks against the values typed in the form (not yet saved). */
export async function testConnection(endpointInput: string, tokenInput: string): Promise<ConnectionReport> {
  const endpoint = normaliseEndpoint(endpointInput);
  const token = tokenInput.trim();
  const problem = endpointProblem(endpoint);
  if (problem) return { ok: false, kind: 'invalid-endpoint', message: problem };
  const access = { endpoint, token };
  if (!(await canContact(endpoint))) {
    return {
      ok: false, kind: 'no-permission',
      message: `The browser does not let Jianbao contact ${endpoint}: press "Allow access to the endpoint" (or allow the site in the extension's permissions).`,
    };
  }
  try {
    await checkHealth(access);
  } catch (error) {
    if (error instanceof WorkerNetworkError) {
      return {
        ok: false, kind: 'unreachable',
        message: `Cannot reach ${endpoint}: nothing answered (is the Worker running, e.g. with "npm start"? is the address right?).`,
      };
    }
    if (error instanceof WorkerTimeoutError) {
      return { ok: false, kind: 'unreachable', message: `${endpoint} did not answer in time.` };
    }
    if (error instanceof WorkerHttpError) {
      return {
        ok: false, kind: 'not-jianbao',
        message: `${endpoint}/health answered ${error.status} (${error.code}): this does not look like a Jianbao Worker.`,
      };
    }
    return { ok: false, kind: 'not-jianbao', message: `${endpoint}/health gave an unexpected answer.` };
  }
  if (!token) return { ok: false, kind: 'unauthorized', message: `${endpoint} answers, but Token is empty: paste the token "npm start" printed.` };
  try {
    await checkToken(access);
  } catch (error) {
    const clipError = clipErrorOf(error, endpoint);
    if (clipError.kind === 'unauthorized') {
      return {
        ok: false, kind: 'unauthorized',
        message: `${endpoint} answers, but refused the token (${clipError.status} ${clipError.code}): it is wrong or revoked. Create one with "npm run --silent token -- create --name NAME --local".`,
      };
    }
    return { ok: false, kind: clipError.kind, message: clipError.message };
  }
  return { ok: true, message: `Connected: the Jianbao Worker at ${endpoint} accepted the token.` };
}
