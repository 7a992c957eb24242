/**
 * The Atom feed of a user's clips (newest first), or of a search with `q`: the list query of
 * GET /api/articles, then the full current versions of those articles for the entries.
 */
import type { Article } from '../../shared/article';
import { renderAtomFeed, type AtomEntry } from '../../shared/export/atom';
import { EXTRACTOR } from '../../shared/version';
import { listQuerySchema } from '../api-schemas';
import { listArticles } from '../articles/list-articles';
import { validate } from '../http/route';

/** Entries per feed: what feed readers poll for; older clips are in the reader page. */
export const FEED_ENTRIES = 50;

interface FeedRow {
  id: string;
  version: number;
  savedAt: string;
  data: string;
}

async function currentVersions(db: D1Database, userId: string, ids: string[]): Promise<Map<string, FeedRow>> {
  if (ids.length === 0) return new Map();
  const placeholders = ids.map((_, i) => `?${i + 2}`).join(', ');
  const { results } = await db
    .prepare(
      `SELECT a.id, a.current_version AS version, v.saved_at AS savedAt, v.data
         FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.current_version
        WHERE a.user_id = ?1 AND a.id IN (${placeholders})`,
    )
    .bind(userId, ...ids)
    .all<FeedRow>();
  return new Map(results.map((row) => [row.id, row]));
}

function entryFor(row: FeedRow, origin: string): AtomEntry {
  const article = JSON.parse(row.data) as Article;
  return {
    id: `${origin}/#/articles/${row.id}`,
    title: article.title,
    link: article.url,
    updated: row.savedAt,
    published: article.publishedAt,
    authors: article.authors,
    summary: article.description ?? article.subtitle,
    contentHtml: article.html || undefined,
    contentText: article.html ? undefined : article.text,
    lang: article.lang,
    categories: article.keywords,
    sourceTitle: article.source ?? article.siteName,
  };
}

/**
 * Renders the feed XML for a user. `selfUrl` is the URL the reader fetched (it carries the
 * feed token: the reader needs it to find the feed again). `emptySince` dates a feed with no
 * entries (the token's creation), so an unchanged empty feed keeps its ETag.
 * @throws ApiError validation_failed when `q` is not a valid query
 */
export async function userFeed(db: D1Database, userId: string, options: { q?: string; origin: string; selfUrl: string; emptySince: string }): Promise<string> {
  const query = validate(listQuerySchema, { q: options.q, limit: FEED_ENTRIES }, 'query');
  const { items } = await listArticles(db, { userId }, query);
  const rows = await currentVersions(db, userId, items.map((item) => item.id));
  const entries = items.flatMap((item) => {
    const row = rows.get(item.id);
    return row ? [entryFor(row, options.origin)] : [];
  });
  return renderAtomFeed({
    id: `${options.origin}/feeds/${userId}${options.q ? `?q=${encodeURIComponent(options.q)}` : ''}`,
    title: options.q ? `剪报 Jianbao — “${options.q}”` : '剪报 Jianbao — clips',
    subtitle: options.q ? 'Clips matching a search' : 'Newest clips',
    selfUrl: options.selfUrl,
    alternateUrl: `${options.origin}/`,
    fallbackUpdated: options.emptySince,
    authorName: 'Jianbao',
    generator: { name: 'Jianbao', version: EXTRACTOR.version },
    entries,
  });
}
