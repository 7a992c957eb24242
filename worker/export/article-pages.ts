/**
 * Pages through all current articles of a user in D1, oldest first, for exports and feeds.
 * Batches adapt to the size of the rows so that memory stays bounded whether articles are
 * short notes or million-character reports: D1 hands back a whole result set at once.
 */

/** One article as stored: its current version's JSON (schema v1) and the row's identity. */
export interface ExportRow {
  seq: number;
  id: string;
  version: number;
  savedAt: string;
  /** The article (schema v1) as the JSON text stored in article_versions.data. */
  data: string;
  /** The cached summary of this version (3 sentences), as stored JSON, if one was made. */
  summary: string | null;
}

/**
 * Batch sizing: start here, stay within these bounds, aim for about this many characters of
 * stored JSON a batch (≤ 6 MB of UTF-8 even for Chinese text). That keeps memory far below the
 * 128 MB isolate limit, each result under D1's 50 MB cap, and 50,000 articles at ~300 queries
 * (D1 allows 1,000 a request on the paid plan).
 */
const BATCH = { initialRows: 200, minRows: 10, maxRows: 1000, targetChars: 2 * 1024 * 1024 } as const;

/**
 * Yields the user's articles (current version of each) in the order they were first saved.
 * Each batch is one query keyed by `seq`, so articles saved or deleted during the export
 * neither repeat nor shift later batches.
 */
export async function* articlePages(db: D1Database, userId: string): AsyncGenerator<ExportRow[]> {
  let after = 0;
  let limit: number = BATCH.initialRows;
  for (;;) {
    const { results } = await db
      .prepare(
        `SELECT a.seq, a.id, a.current_version AS version, v.saved_at AS savedAt, v.data,
                (SELECT s.data FROM summaries s
                  WHERE s.article_id = a.id AND s.version = a.current_version AND s.sentences = 3) AS summary
           FROM articles a
           JOIN article_versions v ON v.article_id = a.id AND v.version = a.current_version
          WHERE a.user_id = ?1 AND a.seq > ?2
          ORDER BY a.seq
          LIMIT ?3`,
      )
      .bind(userId, after, limit)
      .all<ExportRow>();
    if (results.length === 0) return;
    yield results;
    if (results.length < limit) return;
    after = results.at(-1)!.seq;
    const chars = results.reduce((sum, row) => sum + row.data.length, 0);
    const perRow = Math.max(1, chars / results.length);
    limit = Math.min(BATCH.maxRows, Math.max(BATCH.minRows, Math.floor(BATCH.targetChars / perRow)));
  }
}
