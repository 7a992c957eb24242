/**
 * The browser's own messaging API, without webextension-polyfill: `browser` in Firefox, `chrome`
 * in Chromium, both of which return promises from `sendMessage` in Manifest V3. The content
 * script is injected into every page, so it stays small by leaving the polyfill (~10 KB
 * minified) to the background, popup and options pages.
 */

/** A listener answers synchronously through `sendResponse` (works alike in every browser). */
type MessageListener = (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => false | undefined;

/** The part of the WebExtensions API that messages use. */
interface MessagingApi {
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(listener: MessageListener): void };
  };
  tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> };
}

/** The extension API of the running browser. */
export function messagingApi(): MessagingApi {
  const scope = globalThis as { browser?: MessagingApi; chrome?: MessagingApi };
  const api = scope.browser ?? scope.chrome;
  if (!api?.runtime) throw new Error('Not running in a browser extension');
  return api;
}

/**
 * How webextension-polyfill (used by the background) answers in Chromium when its handler
 * rejects: as a message, which the polyfill on the sending side would turn back into a rejection.
 */
interface PolyfillRejection {
  __mozWebExtensionPolyfillReject__: true;
  message: string;
}

function isPolyfillRejection(value: unknown): value is PolyfillRejection {
  return typeof value === 'object' && value !== null && (value as Partial<PolyfillRejection>).__mozWebExtensionPolyfillReject__ === true;
}

/** The answer to a message, or a rejection when the receiver's handler failed (as the polyfill does). */
export function answerOf(response: unknown): unknown {
  if (isPolyfillRejection(response)) throw new Error(response.message);
  return response;
}
