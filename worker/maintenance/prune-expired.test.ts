import { createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import worker from '../index';
import { call, createUserWithToken, sampleArticle } from '../test/helpers';
import { RETENTION_MS } from './prune-expired';

const HOUR = 3600 * 1000;

/** Runs the Worker's cron handler as the hourly trigger would, at `time`. */
async function runCron(time: Date): Promise<void> {
  await worker.scheduled(createScheduledController({ scheduledTime: time, cron: '17 * * * *' }), env);
}

const keyRows = async (userId: string) =>
  (await env.DB.prepare('SELECT key FROM idempotency_keys WHERE user_id = ?1 ORDER BY key').bind(userId).all<{ key: string }>()).results.map(
    (row) => row.key,
  );

describe('pruning past retention (cron)', () => {
  it('prunes an expired Idempotency-Key while a fresh one still replays', async () => {
    const { token, userId } = await createUserWithToken();
    const oldArticle = sampleArticle({ title: 'Clipped two days ago' });
    const newArticle = sampleArticle({ title: 'Clipped just now' });
    const save = (article: unknown, key: string) =>
      call('/api/articles', { method: 'POST', token, json: article, headers: { 'Idempotency-Key': key } });

    const first = await save(oldArticle, 'key-old');
    expect(first.status).toBe(201);
    const saved = (await first.json()) as { id: string };
    const fresh = await save(newArticle, 'key-new');
    expect(fresh.status).toBe(201);
    const freshBody = await fresh.json();
    // The first key's answer was stored a day and an hour before the cron runs.
    const now = new Date();
    await env.DB.prepare('UPDATE idempotency_keys SET created_at = ?3 WHERE user_id = ?1 AND key = ?2')
      .bind(userId, 'key-old', new Date(now.getTime() - RETENTION_MS.idempotencyKeys - HOUR).toISOString())
      .run();

    await runCron(now);

    expect(await keyRows(userId)).toEqual(['key-new']);
    // The fresh key replays its first answer (201, same id) and stores nothing.
    const replay = await save(newArticle, 'key-new');
    expect(replay.status).toBe(201);
    expect(await replay.json()).toEqual(freshBody);
    // The pruned key is a new request now: the same content is still not stored twice.
    const late = await save(oldArticle, 'key-old');
    expect(late.status).toBe(200);
    expect(await late.json()).toEqual({ id: saved.id, version: 1, created: false });
    const count = await env.DB.prepare('SELECT COUNT(*) AS n FROM articles WHERE user_id = ?1').bind(userId).first<{ n: number }>();
    expect(count?.n).toBe(2);
  });

  it('keeps a key until its retention has passed', async () => {
    const { token, userId } = await createUserWithToken();
    const res = await call('/api/articles', { method: 'POST', token, json: sampleArticle(), headers: { 'Idempotency-Key': 'almost-a-day' } });
    expect(res.status).toBe(201);
    await runCron(new Date(Date.now() + RETENTION_MS.idempotencyKeys - HOUR));
    expect(await keyRows(userId)).toEqual(['almost-a-day']);
    await runCron(new Date(Date.now() + RETENTION_MS.idempotencyKeys + HOUR));
    expect(await keyRows(userId)).toEqual([]);
  });

  it('prunes stored search rankings past theirs: their cursors then expire', async () => {
    const { token } = await createUserWithToken();
    for (let i = 0; i < 3; i++) {
      await call('/api/articles', { method: 'POST', token, json: sampleArticle({ title: `堤坝报道${i}`, text: `堤坝检查第${i}次。` }) });
    }
    const first = (await (await call(`/api/articles?q=${encodeURIComponent('堤坝')}&limit=1`, { token })).json()) as { nextCursor: string };
    expect(first.nextCursor).toBeTruthy();
    const page = () => call(`/api/articles?q=${encodeURIComponent('堤坝')}&limit=1&cursor=${first.nextCursor}`, { token });
    await runCron(new Date(Date.now() + RETENTION_MS.searchSnapshots - HOUR));
    expect((await page()).status).toBe(200);
    await runCron(new Date(Date.now() + RETENTION_MS.searchSnapshots + HOUR));
    const expired = await page();
    expect(expired.status).toBe(400);
    expect(((await expired.json()) as { error: { code: string } }).error.code).toBe('validation_failed');
  });
});
