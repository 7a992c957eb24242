import { summarize } from '../../shared/summarize';
import { getArticle } from './article-queries';

/** Languages written without spaces between sentences. */
const UNSPACED_LANGS = /^(?:zh|ja|ko)\b/i;

export interface ArticleSummary {
  id: string;
  version: number;
  lang: string;
  method: string;
  sentences: string[];
  summary: string;
}

/**
 * The summary of the current version of an article, cached in D1 per version and sentence count:
 * a second request for the same version reads the cache and summarises nothing.
 * Returns null when the user has no such article.
 */
export async function articleSummary(
  db: D1Database,
  userId: string,
  id: string,
  sentenceCount: number,
): Promise<ArticleSummary | null> {
  const cached = await db
    .prepare(
      `SELECT a.current_version AS version, s.data
         FROM articles a LEFT JOIN summaries s
           ON s.article_id = a.id AND s.version = a.current_version AND s.sentences = ?3
        WHERE a.id = ?1 AND a.user_id = ?2`,
    )
    .bind(id, userId, sentenceCount)
    .first<{ version: number; data: string | null }>();
  if (!cached) return null;
  if (cached.data !== null) {
    const data = JSON.parse(cached.data) as { lang: string; method: string; sentences: string[] };
    return { id, version: cached.version, ...data, summary: joinSentences(data.sentences, data.lang) };
  }
  const article = await getArticle(db, userId, id);
  if (!article) return null;
  const result = summarize(article.text, { lang: article.lang, title: article.title, sentences: sentenceCount });
  const data = { lang: article.lang, method: result.method, sentences: result.sentences };
  try {
    await db
      .prepare('INSERT OR IGNORE INTO summaries (article_id, version, sentences, data) VALUES (?1, ?2, ?3, ?4)')
      .bind(id, article.version, sentenceCount, JSON.stringify(data))
      .run();
  } catch (err) {
    // Deleted or replaced while we summarised: the answer is still right, only not cached.
    if (!(err instanceof Error && /constraint failed/i.test(err.message))) throw err;
  }
  return { id, version: article.version, ...data, summary: joinSentences(data.sentences, data.lang) };
}

function joinSentences(sentences: string[], lang: string): string {
  return sentences.join(UNSPACED_LANGS.test(lang) ? '' : ' ');
}
