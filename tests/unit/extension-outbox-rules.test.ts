import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../extension/background/badge-appearance';
import { BACKOFF, backoffDelay } from '../../extension/background/retry-backoff';
import type { ClipError, OutboxStatus } from '../../extension/messages';

const status = (pending: number, failed: number, lastError?: ClipError): OutboxStatus => ({ pending, failed, lastError, items: [] });
const error = (kind: ClipError['kind']): ClipError => ({ kind, message: `${kind} happened`, at: 1 });

describe('retry backoff', () => {
  it('doubles from the first delay and stops at the cap', () => {
    expect([1, 2, 3, 4].map(backoffDelay)).toEqual([2_000, 4_000, 8_000, 16_000]);
    expect(backoffDelay(0)).toBe(BACKOFF.firstDelayMs);
    expect(backoffDelay(40)).toBe(BACKOFF.maxDelayMs);
  });
});

describe('badge', () => {
  it('is empty when nothing waits', () => {
    expect(badgeFor(status(0, 0)).text).toBe('');
  });

  it('counts waiting clips; red when the user must act, amber while retrying by itself', () => {
    const sending = badgeFor(status(2, 0));
    const retrying = badgeFor(status(3, 0, error('unreachable')));
    const badToken = badgeFor(status(1, 0, error('unauthorized')));
    const rejected = badgeFor(status(0, 1, error('rejected')));
    expect([sending.text, retrying.text, badToken.text, rejected.text]).toEqual(['2', '3', '1', '1']);
    expect(badToken.colour).toBe(rejected.colour);
    expect(new Set([sending.colour, retrying.colour, badToken.colour]).size).toBe(3);
    expect(badToken.title).toMatch(/unauthorized happened/);
    expect(retrying.title).toMatch(/3 clips waiting/);
  });
});
