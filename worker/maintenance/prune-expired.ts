/**
 * Rows kept only for a while, pruned by the Worker's cron trigger (wrangler.toml [triggers],
 * hourly): the answers replayed to retried saves (Idempotency-Key) and the stored rankings that
 * relevance cursors page through. Pruning here keeps the save and search paths free of it.
 */

/** How long each kind of row is kept, with why. */
export const RETENTION_MS = {
  /**
   * An Idempotency-Key's first answer is replayed for at least a day. The extension's outbox
   * retries within minutes (backoff up to 10 min); a clip retried after a day or more without
   * its key is still never stored twice (same canonical URL and content → created: false).
   */
  idempotencyKeys: 24 * 3600 * 1000,
  /** A relevance cursor keeps working for a day (search_snapshots, see list-articles.ts). */
  searchSnapshots: 24 * 3600 * 1000,
} as const;

/** Rows deleted per statement: each delete stays a short write, far below D1's per-query limits. */
const DELETE_CHUNK = 1000;
/** Statements per table and run; what is left waits for the next run. */
const MAX_CHUNKS = 100;

/** Deletes the rows of `table` created before `before`, in chunks; returns how many. */
async function pruneTable(db: D1Database, table: 'idempotency_keys' | 'search_snapshots', before: string): Promise<number> {
  let deleted = 0;
  for (let chunk = 0; chunk < MAX_CHUNKS; chunk++) {
    const { meta } = await db
      .prepare(`DELETE FROM ${table} WHERE rowid IN (SELECT rowid FROM ${table} WHERE created_at < ?1 LIMIT ?2)`)
      .bind(before, DELETE_CHUNK)
      .run();
    deleted += meta.changes;
    if (meta.changes < DELETE_CHUNK) break;
  }
  return deleted;
}

/**
 * Deletes idempotency answers and search rankings older than their retention at `now`.
 * Returns how many rows of each were deleted.
 */
export async function pruneExpired(db: D1Database, now: Date): Promise<{ idempotencyKeys: number; searchSnapshots: number }> {
  const cutoff = (ms: number) => new Date(now.getTime() - ms).toISOString();
  return {
    idempotencyKeys: await pruneTable(db, 'idempotency_keys', cutoff(RETENTION_MS.idempotencyKeys)),
    searchSnapshots: await pruneTable(db, 'search_snapshots', cutoff(RETENTION_MS.searchSnapshots)),
  };
}
