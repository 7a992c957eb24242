/**
 * Whether the browser lets the extension contact the endpoint. Chrome grants the declared host
 * access at install; Firefox lets the user withhold or revoke it, and then every request to the
 * Worker fails as if it were down. Checking first turns that into a sentence the user can act on.
 */
import browser from 'webextension-polyfill';

/** The host permission pattern covering `endpoint` (match patterns carry no port). */
export function endpointPattern(endpoint: string): string {
  const url = new URL(endpoint);
  return `${url.protocol}//${url.hostname}/*`;
}

/** Whether the extension may contact `endpoint` (false for an endpoint that is not a URL). */
export async function canContact(endpoint: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [endpointPattern(endpoint)] });
  } catch {
    return false;
  }
}

/** Asks the user for access to `endpoint`; call it straight from a click (browsers require a gesture). */
export function requestContact(endpoint: string): Promise<boolean> {
  return browser.permissions.request({ origins: [endpointPattern(endpoint)] });
}
