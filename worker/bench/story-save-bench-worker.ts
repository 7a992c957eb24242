/**
 * The in-Worker part of bench/story-save.ts: saves articles into a local D1 exactly as POST
 * /api/articles does (prepareArticle + saveArticle), with or without story detection, and
 * fills a user's library fast with rows as a save writes them (no per-row lookups).
 *
 *   POST /sql      {statements: string[]}         runs migration statements in one batch
 *   POST /user     {userId}                        creates the user
 *   POST /fill     {userId, articles: Article[]}   stores them as new articles with story index
 *   POST /save?stories=0|1  {userId, article}      one save; answers the save outcome
 *   POST /signature {text, repeat}                 storyIndexEntry `repeat` times (its CPU cost)
 */
import { articleSchema, type Article } from '../../shared/article';
import { storyIndexEntry } from '../../shared/story/match';
import { prepareArticle } from '../articles/prepare-article';
import { sanitizeHtml } from '../articles/sanitize-html';
import { saveArticle } from '../articles/save-article';

interface BenchEnv {
  DB: D1Database;
}

async function fill(db: D1Database, userId: string, articles: Article[]): Promise<number> {
  const now = new Date().toISOString();
  const statements: D1PreparedStatement[] = [];
  for (const input of articles) {
    const { article, contentHash, index, site, listItem } = await prepareArticle(articleSchema.parse(input), sanitizeHtml);
    const entry = storyIndexEntry(article.text);
    const id = crypto.randomUUID();
    statements.push(
      db
        .prepare(
          `INSERT INTO articles (id, user_id, canonical_url, site, current_version, title, lang, published_at, saved_at, created_at,
                                 list_item, story_id, story_signature, mirror_suspected)
           VALUES (?1, ?2, ?3, ?4, 1, ?5, ?6, ?7, ?8, ?8, ?9, ?10, ?11, 0)`,
        )
        .bind(id, userId, article.canonicalUrl, site, article.title, article.lang, article.publishedAt ?? null, now, listItem, crypto.randomUUID(), entry.signature),
      db
        .prepare('INSERT INTO article_versions (article_id, version, content_hash, data, saved_at) VALUES (?1, 1, ?2, ?3, ?4)')
        .bind(id, contentHash, JSON.stringify(article), now),
      db
        .prepare(
          `INSERT INTO articles_fts (rowid, title, subtitle, authors, source, body)
           VALUES ((SELECT seq FROM articles WHERE id = ?1), ?2, ?3, ?4, ?5, ?6)`,
        )
        .bind(id, index.title, index.subtitle, index.authors, index.source, index.body),
      db
        .prepare('INSERT OR IGNORE INTO story_bands (user_id, band, article_id) SELECT ?1, value, ?2 FROM json_each(?3)')
        .bind(userId, id, JSON.stringify(entry.bands)),
    );
  }
  await db.batch(statements);
  return articles.length;
}

export default {
  async fetch(request: Request, env: BenchEnv): Promise<Response> {
    const url = new URL(request.url);
    const body = (await request.json()) as Record<string, unknown>;
    switch (url.pathname) {
      case '/sql': {
        const statements = body.statements as string[];
        await env.DB.batch(statements.map((sql) => env.DB.prepare(sql)));
        return Response.json({ ok: true });
      }
      case '/user': {
        await env.DB.prepare('INSERT INTO users (id, name, created_at) VALUES (?1, ?1, ?2)').bind(body.userId, new Date().toISOString()).run();
        return Response.json({ ok: true });
      }
      case '/fill':
        return Response.json({ stored: await fill(env.DB, String(body.userId), body.articles as Article[]) });
      case '/signature': {
        // The pure CPU part of story detection, repeated so that Node can time it.
        const text = String(body.text);
        const repeat = Number(body.repeat ?? 1);
        for (let i = 0; i < repeat; i++) storyIndexEntry(i === 0 ? text : `${text}\n${i}`);
        return Response.json({ ok: true });
      }
      case '/save': {
        const prepared = await prepareArticle(articleSchema.parse(body.article), sanitizeHtml);
        const started = Date.now();
        const outcome = await saveArticle(env.DB, prepared, {
          userId: String(body.userId),
          requestHash: crypto.randomUUID(),
          now: new Date(),
          linkStories: url.searchParams.get('stories') !== '0',
        });
        return Response.json({ ...outcome.body, ms: Date.now() - started });
      }
      default:
        return new Response('not found', { status: 404 });
    }
  },
};
