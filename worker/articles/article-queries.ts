import type { Article, StoredArticle } from '../../shared/article';
import { ApiError } from '../http/api-error';
import { deleteStoryBandsStatement, otherCopiesStatement, remainingCopiesStatements, storyLookupOf } from './stories';

/** An article version as read from articles joined with article_versions. */
interface VersionRow {
  id: string;
  version: number;
  saved_at: string;
  data: string;
  story_id: string | null;
}

function storedArticleOf(row: VersionRow): StoredArticle {
  return {
    ...(JSON.parse(row.data) as Article),
    id: row.id,
    version: row.version,
    savedAt: row.saved_at,
    ...(row.story_id ? { storyId: row.story_id } : {}),
  };
}

/** The current version of one of the user's articles, or null (another user's id is null too). */
export async function getArticle(db: D1Database, userId: string, id: string): Promise<StoredArticle | null> {
  const row = await db
    .prepare(
      `SELECT a.id, v.version, v.saved_at, v.data, a.story_id
         FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.current_version
        WHERE a.id = ?1 AND a.user_id = ?2`,
    )
    .bind(id, userId)
    .first<VersionRow>();
  return row ? storedArticleOf(row) : null;
}

/** Like getArticle, for one stored version (current or earlier). */
export async function getArticleVersion(
  db: D1Database,
  userId: string,
  id: string,
  version: number,
): Promise<StoredArticle | null> {
  const row = await db
    .prepare(
      `SELECT a.id, v.version, v.saved_at, v.data, a.story_id
         FROM articles a JOIN article_versions v ON v.article_id = a.id
        WHERE a.id = ?1 AND a.user_id = ?2 AND v.version = ?3`,
    )
    .bind(id, userId, version)
    .first<VersionRow>();
  return row ? storedArticleOf(row) : null;
}

/** Throws the API's 404 for an article the caller cannot see. */
export function articleNotFound(): ApiError {
  return new ApiError('not_found', 'No such article');
}

/** Every version of an article, newest first; null when the user has no such article. */
export async function listVersions(db: D1Database, userId: string, id: string) {
  const { results } = await db
    .prepare(
      `SELECT v.version, v.saved_at, v.content_hash, a.current_version,
              json_extract(v.data, '$.title') AS title, json_extract(v.data, '$.wordCount') AS word_count
         FROM articles a JOIN article_versions v ON v.article_id = a.id
        WHERE a.id = ?1 AND a.user_id = ?2
        ORDER BY v.version DESC`,
    )
    .bind(id, userId)
    .all<{ version: number; saved_at: string; content_hash: string; current_version: number; title: string; word_count: number }>();
  if (results.length === 0) return null;
  return results.map((row) => ({
    version: row.version,
    savedAt: row.saved_at,
    contentHash: row.content_hash,
    title: row.title,
    wordCount: row.word_count,
    current: row.version === row.current_version,
  }));
}

/**
 * Deletes an article with all its versions, cached summaries and index entry, in one batch.
 * Returns false when the user has no such article.
 */
export async function deleteArticle(db: D1Database, userId: string, id: string): Promise<boolean> {
  // The story's other copies are read with the article: they are judged again without it.
  const [found, copies] = await db.batch([
    db.prepare('SELECT seq FROM articles WHERE id = ?1 AND user_id = ?2').bind(id, userId),
    otherCopiesStatement(db, userId, id),
  ]);
  const row = found?.results[0] as { seq: number } | undefined;
  if (!row) return false;
  const remaining = [...storyLookupOf(copies).copies.values()].flat();
  await db.batch([
    db.prepare('DELETE FROM articles_fts WHERE rowid = ?1').bind(row.seq),
    db.prepare('DELETE FROM summaries WHERE article_id = ?1').bind(id),
    deleteStoryBandsStatement(db, id), // its story's other copies stay
    db.prepare('DELETE FROM article_versions WHERE article_id = ?1').bind(id),
    db.prepare('DELETE FROM articles WHERE id = ?1 AND user_id = ?2').bind(id, userId),
    // It may have been their original: mirrors judged against it are judged again.
    ...remainingCopiesStatements(db, userId, remaining),
  ]);
  return true;
}
