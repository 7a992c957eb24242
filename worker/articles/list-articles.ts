import { z } from 'zod';
import { parseSearchQuery } from '../../shared/search/search-text';
import { highlightSnippet } from '../../shared/search/snippet';
import type { ListQuery } from '../api-schemas';
import { ApiError } from '../http/api-error';

/** Plain-text excerpt length of list items. */
const EXCERPT_CHARS = 200;

/**
 * The opaque cursor: where the previous page ended. `s` is the last article's seq; with a search,
 * `r` its rank and `m` the highest seq when the search started, so articles that arrive while
 * paging never shift or repeat pages. Encoded as base64url JSON; clients must not rely on it.
 */
const cursorSchema = z.union([
  z.object({ k: z.literal('new'), s: z.number().int().nonnegative() }),
  z.object({ k: z.literal('rel'), s: z.number().int().nonnegative(), r: z.number(), m: z.number().int().nonnegative() }),
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

interface Row {
  id: string;
  seq: number;
  current_version: number;
  saved_at: string;
  site: string;
  title: string;
  subtitle: string | null;
  url: string;
  canonical_url: string;
  site_name: string | null;
  source: string | null;
  authors: string;
  lang: string;
  published_at: string | null;
  word_count: number;
  excerpt: string;
  body: string | null;
  rank: number | null;
}

/**
 * One page of the user's articles: newest first, or with `q` ranked by bm25 relevance (or
 * newest first with sort=newest), filtered by site, language and saved time.
 */
export async function listArticles(db: D1Database, userId: string, query: ListQuery) {
  const search = query.q !== undefined && query.q.trim() !== '' ? parseSearchQuery(query.q) : null;
  if (query.q !== undefined && query.q.trim() !== '' && !search) {
    // Only punctuation was typed: nothing can match.
    return { items: [], nextCursor: null };
  }
  const byRelevance = search !== null && query.sort !== 'newest';
  const kind: Cursor['k'] = search ? (byRelevance ? 'rel' : 'qnew') : 'new';
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  if (cursor && cursor.k !== kind) throw badCursor();

  const where: string[] = ['a.user_id = ?'];
  const binds: unknown[] = [userId];
  if (search) {
    where.unshift('articles_fts MATCH ?');
    binds.unshift(search.match);
  }
  if (query.site) {
    const site = query.site.toLowerCase().replace(/^www\./, '');
    where.push("(a.site = ? OR a.site LIKE '%.' || ?)");
    binds.push(site, site);
  }
  if (query.lang) {
    where.push("(a.lang = ? COLLATE NOCASE OR a.lang LIKE ? || '-%')");
    binds.push(query.lang, query.lang);
  }
  if (query.since) {
    where.push('a.saved_at >= ?');
    binds.push(new Date(query.since).toISOString());
  }
  if (query.until) {
    where.push('a.saved_at <= ?');
    binds.push(untilBound(query.until));
  }
  // The snapshot bound of a search: fixed by the first page, carried by the cursor.
  let snapshot: number | null = null;
  if (search) {
    snapshot =
      cursor && 'm' in cursor
        ? cursor.m
        : ((await db.prepare('SELECT MAX(seq) AS m FROM articles WHERE user_id = ?1').bind(userId).first<{ m: number | null }>())?.m ?? 0);
    where.push('a.seq <= ?');
    binds.push(snapshot);
  }
  if (cursor?.k === 'rel') {
    where.push('(articles_fts.rank > ? OR (articles_fts.rank = ? AND a.seq < ?))');
    binds.push(cursor.r, cursor.r, cursor.s);
  } else if (cursor) {
    where.push('a.seq < ?');
    binds.push(cursor.s);
  }

  const sql = `
    SELECT a.id, a.seq, a.current_version, a.saved_at, a.site,
           json_extract(v.data, '$.title') AS title, json_extract(v.data, '$.subtitle') AS subtitle,
           json_extract(v.data, '$.url') AS url, json_extract(v.data, '$.canonicalUrl') AS canonical_url,
           json_extract(v.data, '$.siteName') AS site_name, json_extract(v.data, '$.source') AS source,
           json_extract(v.data, '$.authors') AS authors, json_extract(v.data, '$.lang') AS lang,
           json_extract(v.data, '$.publishedAt') AS published_at, json_extract(v.data, '$.wordCount') AS word_count,
           substr(json_extract(v.data, '$.text'), 1, ${EXCERPT_CHARS + 1}) AS excerpt,
           ${search ? "json_extract(v.data, '$.text')" : 'NULL'} AS body,
           ${byRelevance ? 'articles_fts.rank' : 'NULL'} AS rank
      FROM ${search ? 'articles_fts JOIN articles a ON a.seq = articles_fts.rowid' : 'articles a'}
      JOIN article_versions v ON v.article_id = a.id AND v.version = a.current_version
     WHERE ${where.join(' AND ')}
     ORDER BY ${byRelevance ? 'articles_fts.rank, a.seq DESC' : 'a.seq DESC'}
     LIMIT ?`;
  binds.push(query.limit + 1);
  const { results } = await db.prepare(sql).bind(...binds).all<Row>();

  const page = results.slice(0, query.limit);
  const last = page.at(-1);
  let nextCursor: string | null = null;
  if (results.length > query.limit && last) {
    nextCursor = encodeCursor(
      kind === 'rel'
        ? { k: 'rel', s: last.seq, r: last.rank ?? 0, m: snapshot ?? 0 }
        : kind === 'qnew'
          ? { k: 'qnew', s: last.seq, m: snapshot ?? 0 }
          : { k: 'new', s: last.seq },
    );
  }
  const items = page.map((row) => {
    const flat = row.excerpt.replace(/\s+/gu, ' ').trim();
    return {
      id: row.id,
      version: row.current_version,
      savedAt: row.saved_at,
      title: row.title,
      ...(row.subtitle ? { subtitle: row.subtitle } : {}),
      url: row.url,
      canonicalUrl: row.canonical_url,
      site: row.site,
      ...(row.site_name ? { siteName: row.site_name } : {}),
      ...(row.source ? { source: row.source } : {}),
      authors: JSON.parse(row.authors) as string[],
      lang: row.lang,
      ...(row.published_at ? { publishedAt: row.published_at } : {}),
      wordCount: row.word_count,
      excerpt: Array.from(flat).length > EXCERPT_CHARS ? `${Array.from(flat).slice(0, EXCERPT_CHARS).join('')}…` : flat,
      ...(search && row.body !== null ? { snippet: highlightSnippet(row.body, search.needles) } : {}),
    };
  });
  return { items, nextCursor };
}
