import { z } from 'zod';
import { parseSearchQuery, type SearchQuery } from '../../shared/search/search-text';
import { highlightSnippet } from '../../shared/search/snippet';
import type { ListQuery } from '../api-schemas';
import { ApiError } from '../http/api-error';
import { RANK_WINDOW } from './rank-window';

/** Plain-text excerpt length of list items. */
const EXCERPT_CHARS = 200;
/** A search ranked by relevance pages through at most this many results. */
export const MAX_RANKED_RESULTS = 1000;

/**
 * The opaque cursor: where the previous page ended. Newest-first pages are keyed by the last
 * article's seq `s` (with a search, `m` is the highest seq when the search started, so articles
 * arriving while paging never join it). Relevance pages point at offset `o` of the stored
 * ranking `id` (search_snapshots). Encoded as base64url JSON; clients must not rely on it.
 */
const cursorSchema = z.union([
  z.object({ k: z.literal('new'), s: z.number().int().nonnegative() }),
  z.object({ k: z.literal('rel'), id: z.string().regex(/^[0-9a-f-]{36}$/), o: z.number().int().positive() }),
  z.object({ k: z.literal('qnew'), s: z.number().int().nonnegative(), m: z.number().int().nonnegative() }),
]);
type Cursor = z.output<typeof cursorSchema>;

function encodeCursor(cursor: Cursor): string {
  const bytes = new TextEncoder().encode(JSON.stringify(cursor));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function badCursor(): ApiError {
  return new ApiError('validation_failed', 'The query is not valid', [
    { path: 'cursor', message: 'must be the nextCursor of an earlier page of the same query' },
  ]);
}

function decodeCursor(text: string): Cursor {
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const json = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    const parsed = cursorSchema.safeParse(JSON.parse(json));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through: any undecodable cursor is the client's error
  }
  throw badCursor();
}

/** `until=2024-05-01` means through the end of that day. */
function untilBound(until: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(until)
    ? new Date(Date.parse(`${until}T00:00:00Z`) + 86_400_000 - 1).toISOString()
    : new Date(until).toISOString();
}

/** One list row as selected by {@link selectRows}. */
export interface Row {
  id: string;
  seq: number;
  current_version: number;
  saved_at: string;
  site: string;
  list_item: string;
  body: string | null;
  story_id: string | null;
  /** 1 when the copy carries the mirror-suspected flag (see articles/stories.ts). */
  mirror_suspected: number;
}

/** The JSON in articles.list_item (see prepare-article.ts). */
export interface ListItemFields {
  title: string;
  subtitle: string | null;
  url: string;
  canonicalUrl: string;
  siteName: string | null;
  source: string | null;
  authors: string[];
  lang: string;
  publishedAt: string | null;
  wordCount: number;
  excerpt: string;
}

/** What a test may change about a listing; the Worker always uses the defaults. */
export interface ListOptions {
  /** How many of the newest matches a relevance search ranks (default RANK_WINDOW). */
  rankWindow?: number;
}

/**
 * One page of the user's articles: newest first, or with `q` ranked by bm25 relevance among the
 * newest RANK_WINDOW matches (or all matches newest first with sort=newest), filtered by site,
 * language and saved time.
 */
export async function listArticles(db: D1Database, userId: string, query: ListQuery, options: ListOptions = {}) {
  const search = query.q !== undefined && query.q.trim() !== '' ? parseSearchQuery(query.q) : null;
  if (query.q !== undefined && query.q.trim() !== '' && !search) {
    // Only punctuation was typed: nothing can match.
    return { items: [], nextCursor: null };
  }
  const byRelevance = search !== null && query.sort !== 'newest';
  const kind: Cursor['k'] = search ? (byRelevance ? 'rel' : 'qnew') : 'new';
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  if (cursor && cursor.k !== kind) throw badCursor();

  // The filters, on columns of the covering index articles_by_user (migration 0012).
  const filters: string[] = [];
  const filterBinds: unknown[] = [];
  if (query.site) {
    const site = query.site.toLowerCase().replace(/^www\./, '');
    filters.push("(a.site = ? OR a.site LIKE '%.' || ?)");
    filterBinds.push(site, site);
  }
  if (query.lang) {
    filters.push("(a.lang = ? COLLATE NOCASE OR a.lang LIKE ? || '-%')");
    filterBinds.push(query.lang, query.lang);
  }
  if (query.since) {
    filters.push('a.saved_at >= ?');
    filterBinds.push(new Date(query.since).toISOString());
  }
  if (query.until) {
    filters.push('a.saved_at <= ?');
    filterBinds.push(untilBound(query.until));
  }
  if (search) {
    const matches: Matches = {
      sql: `${FROM_SEARCH} WHERE ${['articles_fts MATCH ?', ...filters].join(' AND ')}`,
      binds: [userId, search.match, ...filterBinds],
    };
    if (byRelevance) {
      const window = options.rankWindow ?? RANK_WINDOW;
      const ranked = await rankedPage(db, userId, matches, window, query.limit, cursor?.k === 'rel' ? cursor : null);
      return { items: ranked.rows.map((row) => toItem(row, search)), nextCursor: ranked.nextCursor };
    }
    // The newest-first search is bounded by the highest seq when it started, carried by the cursor.
    const snapshot =
      cursor?.k === 'qnew'
        ? cursor.m
        : ((await db.prepare('SELECT MAX(seq) AS m FROM articles WHERE user_id = ?1').bind(userId).first<{ m: number | null }>())?.m ?? 0);
    // Bounds go on the matches' rowid, which FTS5 applies while reading its index (see FROM_SEARCH).
    const bounds = ['articles_fts.rowid <= ?', ...(cursor ? ['articles_fts.rowid < ?'] : [])];
    const seqs = await selectSeqs(db, `${matches.sql} AND ${bounds.join(' AND ')} ORDER BY articles_fts.rowid DESC LIMIT ?`, [
      ...matches.binds,
      snapshot,
      ...(cursor ? [(cursor as { s: number }).s] : []),
      query.limit + 1,
    ]);
    const page = await selectRows(db, userId, seqs.slice(0, query.limit), true);
    const last = page.at(-1);
    const nextCursor = seqs.length > query.limit && last ? encodeCursor({ k: 'qnew', s: last.seq, m: snapshot }) : null;
    return { items: page.map((row) => toItem(row, search)), nextCursor };
  }
  const where = ['a.user_id = ?', ...filters];
  const binds: unknown[] = [userId, ...filterBinds];
  if (cursor) {
    where.push('a.seq < ?');
    binds.push((cursor as { s: number }).s);
  }
  const seqs = await selectSeqs(db, `FROM articles a WHERE ${where.join(' AND ')} ORDER BY a.seq DESC LIMIT ?`, [...binds, query.limit + 1]);
  const page = await selectRows(db, userId, seqs.slice(0, query.limit), false);
  const last = page.at(-1);
  const nextCursor = seqs.length > query.limit && last ? encodeCursor({ k: 'new', s: last.seq }) : null;
  return { items: page.map((row) => toItem(row, null)), nextCursor };
}

/**
 * The full-text matches joined to the caller's articles (binds: user id first). The join reads
 * the covering index articles_by_user (user, seq, site, lang, saved_at; migration 0012) instead
 * of article rows, which for a common word meant thousands of cold ~1.5 KB rows a search.
 * `+articles_fts.rowid` keeps SQLite from carrying a bound on the matches' rowid over to a.seq
 * and scanning a range of the index for every match: bounds are FTS5's to apply.
 */
const FROM_SEARCH =
  'FROM articles_fts JOIN articles a INDEXED BY articles_by_user ON a.user_id = ? AND a.seq = +articles_fts.rowid';

/** `FROM … WHERE …` of the user's matches of one search, with its bound values. */
interface Matches {
  sql: string;
  binds: unknown[];
}

/** The seqs of the matching articles, in the query's order (only ids: cheap to sort). */
async function selectSeqs(db: D1Database, fromWhere: string, binds: unknown[]): Promise<number[]> {
  const { results } = await db.prepare(`SELECT a.seq ${fromWhere}`).bind(...binds).all<{ seq: number }>();
  return results.map((row) => row.seq);
}

/**
 * The list fields of the given articles, in the order of `seqs`; `withBody` adds the current
 * version's full text (for snippets). Articles deleted meanwhile are skipped.
 */
export async function selectRows(db: D1Database, userId: string, seqs: number[], withBody: boolean): Promise<Row[]> {
  if (seqs.length === 0) return [];
  const { results } = await rowsStatement(db, userId, seqs, withBody).all<Row>();
  return inOrder(seqs, results);
}

/** The query of {@link selectRows}, to run in a batch; put its rows in order with {@link inOrder}. */
function rowsStatement(db: D1Database, userId: string, seqs: number[], withBody: boolean): D1PreparedStatement {
  const sql = `
    SELECT a.id, a.seq, a.current_version, a.saved_at, a.site, a.list_item, a.story_id, a.mirror_suspected,
           ${withBody ? "(SELECT json_extract(v.data, '$.text') FROM article_versions v WHERE v.article_id = a.id AND v.version = a.current_version)" : 'NULL'} AS body
      FROM articles a
     WHERE a.user_id = ?1 AND a.seq IN (SELECT value FROM json_each(?2))`;
  return db.prepare(sql).bind(userId, JSON.stringify(seqs));
}

function inOrder(seqs: number[], rows: Row[]): Row[] {
  const bySeq = new Map(rows.map((row) => [row.seq, row]));
  return seqs.flatMap((seq) => bySeq.get(seq) ?? []);
}

/**
 * One page of a search ranked by bm25. The first page ranks the user's newest `window` matches
 * (up to MAX_RANKED_RESULTS of them are kept) and, when there are more pages, stores that
 * ranking; later pages read it.
 */
async function rankedPage(
  db: D1Database,
  userId: string,
  matches: Matches,
  window: number,
  limit: number,
  cursor: { id: string; o: number } | null,
): Promise<{ rows: Row[]; nextCursor: string | null }> {
  let seqs: number[];
  let snapshotId: string;
  let offset: number;
  if (cursor) {
    const stored = await db
      .prepare('SELECT seqs FROM search_snapshots WHERE id = ?1 AND user_id = ?2')
      .bind(cursor.id, userId)
      .first<{ seqs: string }>();
    if (!stored) throw badCursor();
    seqs = JSON.parse(stored.seqs) as number[];
    snapshotId = cursor.id;
    offset = cursor.o;
  } else {
    // The window's floor: the seq of the user's window-th newest match (FTS5 reads its index in
    // rowid order and stops there, without ranking), none when there are fewer matches. The
    // ranking then reads only the matches at or above it, a bound FTS5 applies itself.
    const ranked = await db
      .prepare(
        `SELECT a.seq ${matches.sql}
            AND articles_fts.rowid >= coalesce((SELECT a.seq ${matches.sql} ORDER BY articles_fts.rowid DESC LIMIT 1 OFFSET ?), 0)
          ORDER BY articles_fts.rank, a.seq DESC LIMIT ?`,
      )
      .bind(...matches.binds, ...matches.binds, window - 1, MAX_RANKED_RESULTS)
      .all<{ seq: number }>();
    seqs = ranked.results.map((row) => row.seq);
    snapshotId = crypto.randomUUID();
    offset = 0;
    if (seqs.length > limit) {
      // The ranking is stored and the first page read in one round trip; rankings past their
      // retention are pruned by the hourly cron (maintenance/prune-expired.ts).
      const page = seqs.slice(0, limit);
      const [, rows] = await db.batch([
        db
          .prepare('INSERT INTO search_snapshots (id, user_id, seqs, created_at) VALUES (?1, ?2, ?3, ?4)')
          .bind(snapshotId, userId, JSON.stringify(seqs), new Date().toISOString()),
        rowsStatement(db, userId, page, true),
      ]);
      return { rows: inOrder(page, (rows?.results ?? []) as Row[]), nextCursor: encodeCursor({ k: 'rel', id: snapshotId, o: limit }) };
    }
  }
  const ordered = await selectRows(db, userId, seqs.slice(offset, offset + limit), true);
  const next = offset + limit;
  return { rows: ordered, nextCursor: next < seqs.length ? encodeCursor({ k: 'rel', id: snapshotId, o: next }) : null };
}

/** A row as an item of the list answer (listItemSchema). */
export function toItem(row: Row, search: SearchQuery | null) {
  const fields = JSON.parse(row.list_item) as ListItemFields;
  const flat = fields.excerpt.replace(/\s+/gu, ' ').trim();
  const chars = Array.from(flat);
  return {
    id: row.id,
    version: row.current_version,
    savedAt: row.saved_at,
    title: fields.title,
    ...(fields.subtitle ? { subtitle: fields.subtitle } : {}),
    url: fields.url,
    ...(row.story_id ? { storyId: row.story_id } : {}),
    canonicalUrl: fields.canonicalUrl,
    site: row.site,
    ...(fields.siteName ? { siteName: fields.siteName } : {}),
    ...(fields.source ? { source: fields.source } : {}),
    authors: fields.authors ?? [],
    lang: fields.lang,
    ...(fields.publishedAt ? { publishedAt: fields.publishedAt } : {}),
    wordCount: fields.wordCount,
    excerpt: chars.length > EXCERPT_CHARS ? `${chars.slice(0, EXCERPT_CHARS).join('')}…` : flat,
    ...(search && row.body !== null ? { snippet: highlightSnippet(row.body, search.needles) } : {}),
  };
}
