/**
 * Story detection for articles without a story signature: saved before it existed (before
 * migration 0011), or indexed with the band layout before migration 0013 (which cleared every
 * signature). They have no band keys, so no later save can find them as copies. A save of a new
 * version gives an article both; this gives them to the rest, a batch at a time, oldest first,
 * linking each as a save would — except that an article with other copies stays in its story
 * (they may not be indexed again yet; it is compared with them when they are).
 */
import type { Article } from '../../shared/article';
import { storyIndexEntry } from '../../shared/story/match';
import { linkStory, MIRROR_STATE, mirrorStatements, storyLookupOf, storyLookupStatement, storyStatements } from './stories';

/** Batch sizes of a backfill call, with why. */
export const BACKFILL_LIMITS = {
  /**
   * Articles a call processes by default. Each costs a signature (≈0.3 ms CPU, a few ms for a
   * very long text) and one D1 round trip; 20 stay well inside a Worker's CPU limit.
   */
  defaultBatch: 20,
  /** At most this many a call, whatever is asked. */
  maxBatch: 50,
} as const;

export interface BackfillResult {
  /** Articles given a signature (and band keys, when long enough) by this call. */
  processed: number;
  /** Of those, how many joined a story of other copies. */
  linked: number;
  /** The user's articles still without a signature: call again until 0. */
  remaining: number;
}

interface PendingRow {
  id: string;
  story_id: string | null;
  saved_at: string;
  canonical_url: string;
  text: string | null;
  flags: string | null;
  source: string | null;
  site_name: string | null;
  published_at: string | null;
}

/** The fields of a stored article that linking reads, from its current version. */
function storedArticle(row: PendingRow): Pick<Article, 'text' | 'flags' | 'source' | 'siteName' | 'publishedAt'> {
  let flags: string[] = [];
  try {
    const parsed: unknown = JSON.parse(row.flags ?? '[]');
    if (Array.isArray(parsed)) flags = parsed.filter((flag): flag is string => typeof flag === 'string');
  } catch {
    // unreadable flags: none
  }
  return {
    text: row.text ?? '',
    flags: flags as Article['flags'],
    source: row.source ?? undefined,
    siteName: row.site_name ?? undefined,
    publishedAt: row.published_at ?? undefined,
  };
}

/**
 * Gives up to `limit` of the user's articles without a story signature (the oldest first) their
 * signature and band keys, and links them to the stories of their copies. One D1 round trip an
 * article: each article's writes travel with the next one's candidate lookup, so that copies
 * within one batch find each other. Safe to repeat and to interrupt: an article is done when its
 * signature is written, in the same batch as its links.
 */
export async function backfillStories(db: D1Database, userId: string, limit: number = BACKFILL_LIMITS.defaultBatch): Promise<BackfillResult> {
  const batchSize = Math.max(1, Math.min(BACKFILL_LIMITS.maxBatch, Math.floor(limit)));
  const { results: pending } = await db
    .prepare(
      `SELECT a.id, a.story_id, a.saved_at, a.canonical_url, json_extract(v.data, '$.text') AS text,
              json_extract(v.data, '$.flags') AS flags, json_extract(v.data, '$.source') AS source,
              json_extract(v.data, '$.siteName') AS site_name, json_extract(v.data, '$.publishedAt') AS published_at
         FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.current_version
        WHERE a.user_id = ?1 AND a.story_signature IS NULL
        ORDER BY a.seq
        LIMIT ?2`,
    )
    .bind(userId, batchSize)
    .all<PendingRow>();

  let linked = 0;
  let writes: D1PreparedStatement[] = [];
  for (const row of pending) {
    const article = storedArticle(row);
    const entry = storyIndexEntry(article.text);
    const results = await db.batch([...writes, storyLookupStatement(db, { userId }, entry.bands, row.canonical_url)]);
    // Its story's other copies may not be indexed again yet (migration 0013): it stays with them.
    const link = linkStory(article, { id: row.id, storyId: row.story_id }, row.saved_at, entry, storyLookupOf(results.at(-1)), undefined, {
      keepStory: true,
    });
    if (row.story_id !== null && link.storyId !== row.story_id) linked++;
    writes = [
      ...storyStatements(db, userId, row.id, link),
      // The article's own flag goes into its current version too (a save writes it with the version).
      ...(link.mirror === MIRROR_STATE.none ? [] : mirrorStatements(db, userId, [row.id])),
    ];
  }
  const remainingQuery = db
    .prepare('SELECT COUNT(*) AS n FROM articles WHERE user_id = ?1 AND story_signature IS NULL')
    .bind(userId);
  const results = await db.batch([...writes, remainingQuery]);
  const remaining = (results.at(-1)?.results[0] as { n: number } | undefined)?.n ?? 0;
  return { processed: pending.length, linked, remaining };
}
