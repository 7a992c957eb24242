/**
 * Sends the outbox to the Worker: oldest first, one run at a time, with exponential backoff
 * scheduled through the alarms API (which wakes a stopped service worker and survives restarts).
 */
import browser from 'webextension-polyfill';
import { canContact } from '../endpoint-access';
import { isConfigured } from '../settings';
import { loadSettings } from '../settings-store';
import type { ClipError, OutboxStatus } from '../messages';
import { recordSaved } from './clip-history';
import { listOutbox, outboxStatusOf, putOutboxEntry, removeOutboxEntry, type OutboxEntry } from './outbox';
import { showOnBadge } from './badge';
import { backoffDelay } from './retry-backoff';
import { clipErrorOf, postArticle } from './worker-client';

export const RETRY_ALARM = 'jianbao-outbox-retry';

/** Failures that affect every clip alike: stop the run instead of failing each clip in turn. */
const STOPS_THE_RUN: ReadonlySet<ClipError['kind']> = new Set(['unreachable', 'unauthorized', 'not-configured']);

const NOT_CONFIGURED: Omit<ClipError, 'at'> = {
  kind: 'not-configured',
  message: 'Set Endpoint and Token in the options; clips wait here until then.',
};

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `task` after every earlier outbox task: a delivery run must not write back an entry the
 * user discarded meanwhile, nor two runs send the same clip.
 */
function inOrder<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task);
  queue = run.catch((error: unknown) => console.error('Jianbao: outbox task failed', error));
  return run;
}

/**
 * Sends every due clip (every pending clip when `force`), then schedules the next retry and
 * updates the badge. Runs are serialised; resolves with the outbox status after this run.
 */
export function flushOutbox({ force = false } = {}): Promise<OutboxStatus> {
  return inOrder(() => deliver(force));
}

async function deliver(force: boolean): Promise<OutboxStatus> {
  const settings = await loadSettings();
  const now = Date.now();
  const due = (await listOutbox()).filter((entry) => entry.state === 'pending' && (force || entry.nextAttemptAt <= now));
  let stopped: ClipError | null = isConfigured(settings) ? null : { ...NOT_CONFIGURED, at: now };
  if (!stopped && due.length > 0 && !(await canContact(settings.endpoint))) {
    stopped = {
      kind: 'not-configured', at: now,
      message: `The browser does not let Jianbao contact ${settings.endpoint}: open the options and press Test connection.`,
    };
  }
  for (const entry of due) {
    if (stopped) {
      // Same cause as the clip before it: record it without a request, retry together.
      await putOutboxEntry({ ...entry, error: stopped, nextAttemptAt: Math.max(entry.nextAttemptAt, now + backoffDelay(entry.attempts + 1)) });
      continue;
    }
    try {
      const ack = await postArticle(settings, entry.article, entry.id);
      await recordSaved({
        pageUrl: entry.pageUrl,
        canonicalUrl: entry.article.canonicalUrl,
        articleId: ack.id,
        version: ack.version,
        created: ack.created,
        title: entry.article.title,
        savedAt: Date.now(),
      });
      await removeOutboxEntry(entry.id);
    } catch (error) {
      const clipError = clipErrorOf(error, settings.endpoint);
      await putOutboxEntry(failedAttempt(entry, clipError));
      if (STOPS_THE_RUN.has(clipError.kind)) stopped = clipError;
    }
  }
  const status = outboxStatusOf(await listOutbox());
  await scheduleRetry();
  await showOnBadge(status);
  return status;
}

function failedAttempt(entry: OutboxEntry, error: ClipError): OutboxEntry {
  const attempts = entry.attempts + 1;
  if (error.kind === 'rejected') return { ...entry, attempts, error, state: 'failed' };
  return { ...entry, attempts, error, state: 'pending', nextAttemptAt: error.at + backoffDelay(attempts) };
}

/** Points the retry alarm at the earliest pending clip, or clears it when nothing waits. */
async function scheduleRetry(): Promise<void> {
  const pending = (await listOutbox()).filter((entry) => entry.state === 'pending');
  if (pending.length === 0) {
    await browser.alarms.clear(RETRY_ALARM);
    return;
  }
  const next = Math.min(...pending.map((entry) => entry.nextAttemptAt));
  await browser.alarms.create(RETRY_ALARM, { when: Math.max(next, Date.now() + 1_000) });
}

/** Makes failed (rejected) clips pending again, for the user's "Retry". */
export async function retryFailed(): Promise<OutboxStatus> {
  await inOrder(async () => {
    for (const entry of await listOutbox()) {
      if (entry.state === 'failed') await putOutboxEntry({ ...entry, state: 'pending', nextAttemptAt: Date.now() });
    }
  });
  return flushOutbox({ force: true });
}

/** Removes a clip from the outbox at the user's request ("Discard"). */
export async function discardClip(outboxId: string): Promise<OutboxStatus> {
  await inOrder(() => removeOutboxEntry(outboxId));
  return currentOutboxStatus();
}

/** Current status without sending anything; also refreshes the badge. */
export async function currentOutboxStatus(): Promise<OutboxStatus> {
  const status = outboxStatusOf(await listOutbox());
  await showOnBadge(status);
  return status;
}
