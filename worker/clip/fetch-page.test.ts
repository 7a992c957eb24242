import { describe, expect, inject, it } from 'vitest';
import { ApiError } from '../http/api-error';
import { fetchPage, PAGE_FETCH_LIMITS } from './fetch-page';

const pages = inject('pageServerOrigin');
const local = { allowLoopback: true };

describe('fetchPage limits', () => {
  it('gives up at the deadline with fetch_timeout, also while the body is still arriving', async () => {
    const started = Date.now();
    const error = await fetchPage(`${pages}/slow.html`, local, { ...PAGE_FETCH_LIMITS, timeoutMs: 300 }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('fetch_timeout');
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it('applies a smaller size cap while reading', async () => {
    const error = await fetchPage(`${pages}/utf8.html`, local, { ...PAGE_FETCH_LIMITS, maxBytes: 100 }).catch((err: unknown) => err);
    expect((error as ApiError).code).toBe('payload_too_large');
  });

  it('returns the bytes, final URL and redirect count', async () => {
    const page = await fetchPage(`${pages}/chain/2`, local);
    expect(page.url).toBe(`${pages}/utf8.html`);
    expect(page.redirects).toBe(2);
    expect(new TextDecoder().decode(page.bytes)).toContain('河北省召开中央环保督察反馈意见整改工作会议');
  });
});
