import { describe, expect, it } from 'vitest';
import { answerOf, messagingApi } from '../../extension/native-messaging';

describe('native messaging (content script without the polyfill)', () => {
  it('passes answers through, including falsy ones', () => {
    const answer = { ok: true, article: null };
    expect(answerOf(answer)).toBe(answer);
    expect(answerOf(undefined)).toBeUndefined();
    expect(answerOf(0)).toBe(0);
  });

  it("turns the background polyfill's rejection message back into a rejection", () => {
    expect(() => answerOf({ __mozWebExtensionPolyfillReject__: true, message: 'No tab with id: 7' })).toThrow('No tab with id: 7');
    expect(answerOf({ __mozWebExtensionPolyfillReject__: false, message: 'x' })).toEqual({ __mozWebExtensionPolyfillReject__: false, message: 'x' });
  });

  it('says so outside an extension instead of failing later', () => {
    expect(() => messagingApi()).toThrow(/Not running in a browser extension/);
  });
});
