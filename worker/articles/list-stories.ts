/**
 * Reading stories: `GET /api/articles?story=ID` (the copies of one story, original first) and
 * `GET /api/articles?fold=stories` (one item a story: its original, with `copies` and `outlets`).
 * Items have the shape of the plain list's items (list-articles.ts), so clients show them alike.
 */
import { foldStory, type FoldableCopy } from '../../shared/story/fold';
import { rankCopies } from '../../shared/story/original';
import { ApiError } from '../http/api-error';
import { selectRows, toItem, type ListItemFields, type Row } from './list-articles';
import { MIRROR_FLAG } from './stories';

/** At most this many copies of one story are listed (a story rarely has more than a handful). */
export const MAX_STORY_COPIES = 500;

/** A list row with what ranking copies looks at. */
type RankedRow = FoldableCopy & { row: Row };

function rankable(row: Row): RankedRow {
  const fields = JSON.parse(row.list_item) as ListItemFields;
  return {
    id: row.id,
    source: fields.source,
    siteName: fields.siteName,
    url: fields.url,
    publishedAt: fields.publishedAt,
    savedAt: row.saved_at,
    flags: row.mirror_suspected ? [MIRROR_FLAG] : [],
    row,
  };
}

/** The list rows of the user's copies of one story (at most MAX_STORY_COPIES, first saved first). */
async function storyRows(db: D1Database, userId: string, storyId: string): Promise<Row[]> {
  const { results } = await db
    .prepare('SELECT seq FROM articles WHERE user_id = ?1 AND story_id = ?2 ORDER BY seq LIMIT ?3')
    .bind(userId, storyId, MAX_STORY_COPIES)
    .all<{ seq: number }>();
  return selectRows(db, userId, results.map((row) => row.seq), false);
}

/**
 * The user's copies of one story, the original first (see shared/story/original.ts); an
 * unknown story (or another user's) is an empty list, like a search without hits.
 */
export async function listStoryCopies(db: D1Database, userId: string, storyId: string) {
  const rows = await storyRows(db, userId, storyId);
  const ranked = rankCopies(rows.map(rankable));
  return { items: ranked.map((copy) => toItem(copy.row, null)), nextCursor: null };
}

/**
 * The fold cursor: the highest `seq` of the last story of the previous page. Stories are
 * ordered by their newest copy, so a story that gets a new copy moves to the top.
 */
const FOLD_CURSOR = /^f(\d{1,15})$/;

function decodeFoldCursor(cursor: string): number {
  const match = FOLD_CURSOR.exec(cursor);
  if (!match) {
    throw new ApiError('validation_failed', 'The query is not valid', [
      { path: 'cursor', message: 'must be the nextCursor of an earlier page of the same query' },
    ]);
  }
  return Number(match[1]);
}

/**
 * One page of the user's stories, newest story first (by its newest copy): for each, its
 * original as a list item, with `copies` (how many the user saved) and `outlets`.
 */
export async function listFoldedStories(db: D1Database, userId: string, limit: number, cursor: string | undefined) {
  const before = cursor === undefined ? Number.MAX_SAFE_INTEGER : decodeFoldCursor(cursor);
  // One pass over the covering (user_id, story_id) index (seq is the rowid). Every article has
  // a story id: a save sets it, and migration 0011 gave each earlier article its own.
  const { results: stories } = await db
    .prepare(
      `SELECT story_id AS story, MAX(seq) AS top
         FROM articles WHERE user_id = ?1 AND story_id IS NOT NULL
        GROUP BY story_id HAVING MAX(seq) < ?2
        ORDER BY top DESC LIMIT ?3`,
    )
    .bind(userId, before, limit + 1)
    .all<{ story: string; top: number }>();
  const page = stories.slice(0, limit);
  if (page.length === 0) return { items: [], nextCursor: null };

  const { results: members } = await db
    .prepare('SELECT seq FROM articles WHERE user_id = ?1 AND story_id IN (SELECT value FROM json_each(?2))')
    .bind(userId, JSON.stringify(page.map((story) => story.story)))
    .all<{ seq: number }>();
  const rows = await selectRows(db, userId, members.map((row) => row.seq), false);
  const byStory = new Map<string, RankedRow[]>();
  for (const row of rows) {
    if (!row.story_id) continue;
    const copies = byStory.get(row.story_id) ?? [];
    copies.push(rankable(row));
    byStory.set(row.story_id, copies);
  }
  const items = page.flatMap(({ story }) => {
    const folded = foldStory(byStory.get(story) ?? []);
    if (!folded) return []; // all its copies deleted since the first query
    return [{ ...toItem(folded.best.row, null), copies: folded.copies, outlets: folded.outlets }];
  });
  const last = page.at(-1);
  return { items, nextCursor: stories.length > limit && last ? `f${last.top}` : null };
}

