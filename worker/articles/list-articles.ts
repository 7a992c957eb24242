import { z } from 'zod';
import { parseSearchQuery, type SearchQuery } from '../../shared/search/search-text';
import { highlightSnippet } from '../../shared/search/snippet';
import type { ListQuery } from '../api-schemas';
import { ApiError } from '../http/api-error';
import { ownerUserId, ownerUserSql, unauthorized, type Owner } from '../auth/authenticate';
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
 * One page of the owner's articles: newest first, or with `q` ranked by bm25 relevance among the
 * newest RANK_WINDOW matches (or all matches newest first with sort=newest), filtered by site,
 * language and saved time. A token owner is checked in the same round trip as a relevance page
 * (its statements take the user id from the token: authenticate.ts ownerUserSql), before the
 * other listings.
 * @throws ApiError unauthorized for a token that does not open the API
 */
export async function listArticles(db: D1Database, owner: Owner, query: ListQuery, options: ListOptions = {}) {
  const search = query.q !== undefined && query.q.trim() !== '' ? parseSearchQuery(query.q) : null;
  if (query.q !== undefined && query.q.trim() !== '' && !search) {
    // Only punctuation was typed: nothing can match (for a caller whose token opens the API).
    await ownerUserId(db, owner);
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
  const matchesOf = (user: UserSql): Matches => ({
    sql: `${fromSearch(user.sql)} WHERE ${['articles_fts MATCH ?', ...filters].join(' AND ')}`,
    binds: [...user.binds, search!.match, ...filterBinds],
  });
  if (search && byRelevance) {
    const window = options.rankWindow ?? RANK_WINDOW;
    const user = ownerUserSql(owner);
    const ranked = await rankedPage(db, user, matchesOf(user), window, query.limit, cursor?.k === 'rel' ? cursor : null);
    return { items: ranked.rows.map((row) => toItem(row, search)), nextCursor: ranked.nextCursor };
  }
  // The other listings know the user first (a token: checked in a round trip of its own).
  const userId = await ownerUserId(db, owner);
  if (search) {
    const matches = matchesOf({ sql: '?', binds: [userId] });
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
 * The full-text matches joined to the articles of `user` (SQL of the user id). The join reads
 * the covering index articles_by_user (user, seq, site, lang, saved_at; migration 0012) instead
 * of article rows, which for a common word meant thousands of cold ~1.5 KB rows a search.
 * `+articles_fts.rowid` keeps SQLite from carrying a bound on the matches' rowid over to a.seq
 * and scanning a range of the index for every match: bounds are FTS5's to apply.
 */
function fromSearch(user: string): string {
  return `FROM articles_fts JOIN articles a INDEXED BY articles_by_user ON a.user_id = ${user} AND a.seq = +articles_fts.rowid`;
}

/** The owner's user id as SQL with its bound values (authenticate.ts ownerUserSql, anonymous parameters). */
type UserSql = { sql: string; binds: unknown[] };

/** `FROM … WHERE …` of the user's matches of one search, with its bound values (the user's first). */
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
 * The rows of one relevance page, in rank order: the articles at offsets [`offset`, `offset` +
 * `limit`) of the JSON array of seqs `seqs` (SQL, its values `seqsBinds`), with the current
 * version's text for snippets. Articles deleted meanwhile are skipped.
 */
function pageStatement(db: D1Database, user: UserSql, seqs: string, seqsBinds: unknown[], offset: number, limit: number): D1PreparedStatement {
  return db
    .prepare(
      `SELECT a.id, a.seq, a.current_version, a.saved_at, a.site, a.list_item, a.story_id, a.mirror_suspected,
              (SELECT json_extract(v.data, '$.text') FROM article_versions v WHERE v.article_id = a.id AND v.version = a.current_version) AS body
         FROM json_each(${seqs}) AS j CROSS JOIN articles a ON a.seq = j.value
        WHERE j.key >= ? AND j.key < ? AND a.user_id = ${user.sql}
        ORDER BY j.key`,
    )
    .bind(...seqsBinds, offset, offset + limit, ...user.binds);
}

/** @throws ApiError unauthorized unless the owner check of a relevance page found the user */
function requireOwner(result: D1Result | undefined): void {
  if (!(result?.results[0] as { user_id: string | null } | undefined)?.user_id) throw unauthorized();
}

/**
 * One page of a search ranked by bm25, in one round trip with the owner's check. The first page
 * ranks the user's newest `window` matches (up to MAX_RANKED_RESULTS of them are kept) and, when
 * there are more pages, stores that ranking in the same batch; its rows are read from the stored
 * ranking (or, with a single page, from the ranking itself). Later pages read the stored ranking.
 */
async function rankedPage(
  db: D1Database,
  user: UserSql,
  matches: Matches,
  window: number,
  limit: number,
  cursor: { id: string; o: number } | null,
): Promise<{ rows: Row[]; nextCursor: string | null }> {
  // NULL for a token that does not open the API: every other statement then finds nothing.
  const ownerCheck = db.prepare(`SELECT ${user.sql} AS user_id`).bind(...user.binds);
  if (cursor) {
    const stored = `(SELECT seqs FROM search_snapshots WHERE id = ? AND user_id = ${user.sql})`;
    const [checked, count, rows] = await db.batch([
      ownerCheck,
      db.prepare(`SELECT json_array_length(${stored}) AS n`).bind(cursor.id, ...user.binds),
      pageStatement(db, user, stored, [cursor.id, ...user.binds], cursor.o, limit),
    ]);
    requireOwner(checked);
    const total = (count?.results[0] as { n: number | null } | undefined)?.n ?? null;
    if (total === null) throw badCursor();
    const next = cursor.o + limit;
    return { rows: (rows?.results ?? []) as Row[], nextCursor: next < total ? encodeCursor({ k: 'rel', id: cursor.id, o: next }) : null };
  }
  // The window: the user's `window` newest matches, read newest first (FTS5 reads its index in
  // rowid order and stops there), each scored as it is read; then sorted by score. One pass over
  // the window: finding its oldest match first and ranking the matches at or above it read them
  // twice (p95 of the ranking SQL alone at 50,000 articles, bench:api's 96 queries: 21–29 ms
  // before, 14–22 ms after, the same rankings).
  const ranking = `SELECT seq FROM (SELECT a.seq AS seq, articles_fts.rank AS score ${matches.sql} ORDER BY articles_fts.rowid DESC LIMIT ?)
          ORDER BY score, seq DESC LIMIT ?`;
  const rankingBinds = [...matches.binds, window, MAX_RANKED_RESULTS];
  const snapshotId = crypto.randomUUID();
  const [checked, snapshot, rows] = await db.batch([
    ownerCheck,
    // The ranking is stored only when there is more than one page; rankings past their
    // retention are pruned by the hourly cron (maintenance/prune-expired.ts).
    db
      .prepare(
        `INSERT INTO search_snapshots (id, user_id, seqs, created_at)
         SELECT ?, ${user.sql}, seqs, ? FROM (SELECT json_group_array(seq) AS seqs, count(*) AS n FROM (${ranking})) WHERE n > ?`,
      )
      .bind(snapshotId, ...user.binds, new Date().toISOString(), ...rankingBinds, limit),
    // The first page from the stored ranking; with a single page (none stored), ranked again:
    // few matches, and COALESCE runs its second argument only then.
    pageStatement(
      db,
      user,
      `COALESCE((SELECT seqs FROM search_snapshots WHERE id = ?), (SELECT json_group_array(seq) FROM (${ranking})))`,
      [snapshotId, ...rankingBinds],
      0,
      limit,
    ),
  ]);
  requireOwner(checked);
  const stored = (snapshot?.meta.changes ?? 0) > 0;
  return { rows: (rows?.results ?? []) as Row[], nextCursor: stored ? encodeCursor({ k: 'rel', id: snapshotId, o: limit }) : null };
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
