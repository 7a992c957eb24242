/** When the outbox tries again after a failed delivery. */

/**
 * Backoff between attempts: 2 s, 4 s, 8 s … capped at 10 minutes. Short first steps because the
 * usual cause is a Worker restarting or a laptop waking; the cap keeps a dead endpoint from being
 * hammered while still delivering within minutes once it is back.
 */
export const BACKOFF = { firstDelayMs: 2_000, factor: 2, maxDelayMs: 10 * 60_000 } as const;

/** Delay before the next attempt after `attempts` failed ones. */
export function backoffDelay(attempts: number): number {
  const delay = BACKOFF.firstDelayMs * BACKOFF.factor ** Math.max(0, attempts - 1);
  return Math.min(delay, BACKOFF.maxDelayMs);
}
