/**
 * The in-Worker part of bench/story-save.ts: saves articles into a local D1 exactly as POST
 * /api/articles does (prepareArticle + saveArticle), with or without story detection, and
 * fills a user's library fast with rows as a save writes them (no per-row lookups).
 *
 *   POST /sql      {statements: string[]}         runs migration statements in one batch
 *   POST /user     {userId}                        creates the user
 *   POST /fill     {userId, articles: Article[]}   stores them as new articles with story index
 *   POST /save?stories=0|1[&profile=1]  {userId, article}  one save; answers the save outcome
 *                                                   (and with profile=1 each statement's SQLite time)
 *   POST /signature {text, repeat}                 storyIndexEntry `repeat` times (its CPU cost)
 *   POST /statements {userId, article}              ms per run of each story lookup statement for it
 */
import { articleSchema, type Article } from '../../shared/article';
import { storyIndexEntry } from '../../shared/story/match';
import { encodeTextTraits, readTraits } from '../../shared/story/mirror';
import { prepareArticle } from '../articles/prepare-article';
import { sanitizeHtml } from '../articles/sanitize-html';
import { newArticleStatements, saveArticle } from '../articles/save-article';
import { bandsStatement, candidatesStatement, storyLookupStatement, type StoryLink } from '../articles/stories';

interface BenchEnv {
  DB: D1Database;
}

/** Per statement (its SQL's opening) the time SQLite spent on it (D1 `meta.duration`), and per batch the wall time. */
interface SaveProfile {
  statements: Array<{ sql: string; ms: number }>;
  batches: number[];
}

/**
 * `db` recording, for bench:story-save --profile, how long each statement of each batch took
 * inside SQLite (meta.duration) and each batch's round trip as the Worker sees it: where a
 * save's time goes.
 */
function profiledDb(db: D1Database, profile: SaveProfile): D1Database {
  const labels = new WeakMap<object, string>();
  const label = (sql: string) => sql.replace(/\s+/g, ' ').trim().slice(0, 60);
  return new Proxy(db, {
    get(target, key) {
      if (key === 'prepare') {
        return (sql: string) => {
          const statement = target.prepare(sql);
          labels.set(statement, label(sql));
          return new Proxy(statement, {
            get(inner, innerKey) {
              if (innerKey === 'bind') {
                return (...values: unknown[]) => {
                  const bound = inner.bind(...values);
                  labels.set(bound, label(sql));
                  return bound;
                };
              }
              const value = Reflect.get(inner, innerKey) as unknown;
              return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(inner) : value;
            },
          });
        };
      }
      if (key === 'batch') {
        return async (statements: D1PreparedStatement[]) => {
          const started = performance.now();
          const results = await target.batch(statements);
          profile.batches.push(performance.now() - started);
          results.forEach((result, i) => profile.statements.push({ sql: labels.get(statements[i]!) ?? '?', ms: result.meta.duration }));
          return results;
        };
      }
      const value = Reflect.get(target, key) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

async function fill(db: D1Database, userId: string, articles: Article[]): Promise<number> {
  const now = new Date().toISOString();
  const statements: D1PreparedStatement[] = [];
  for (const input of articles) {
    const prepared = await prepareArticle(articleSchema.parse(input), sanitizeHtml);
    const entry = storyIndexEntry(prepared.article.text);
    const id = crypto.randomUUID();
    // Each stored article a story of its own (no guess while filling), its band keys indexed.
    const story: StoryLink = {
      storyId: id, signature: entry.signature, bands: [], flags: prepared.article.flags, mirror: 0,
      mirrorsAdded: [], mirrorsRemoved: [], replacesBands: false,
      textTraits: encodeTextTraits(readTraits(prepared.article)),
    };
    statements.push(...newArticleStatements(db, prepared, { id, owner: { userId }, savedAt: now, story }), bandsStatement(db, id, entry.bands));
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
      case '/statements': {
        // Each story statement repeated 100 times in one batch: its own cost, without the round trip.
        const prepared = await prepareArticle(articleSchema.parse(body.article), sanitizeHtml);
        const userId = String(body.userId);
        const db = env.DB;
        const entry = storyIndexEntry(prepared.article.text);
        const url = prepared.article.canonicalUrl;
        const kinds: Record<string, () => D1PreparedStatement> = {
          'SELECT 1': () => db.prepare('SELECT 1'),
          lookup: () => storyLookupStatement(db, { userId }, entry.bands, url),
          candidates: () => candidatesStatement(db, userId, entry.bands, url),
          'lookup, new page': () => storyLookupStatement(db, { userId }, entry.bands, url, { storedUrl: false }),
          'band probe only': () => db.prepare('SELECT DISTINCT article_seq FROM story_bands WHERE band IN (SELECT value FROM json_each(?1))').bind(JSON.stringify(entry.bands)),
        };
        const out: Record<string, number> = {};
        for (const [name, make] of Object.entries(kinds)) {
          const started = performance.now();
          await db.batch(Array.from({ length: 100 }, make));
          out[name] = (performance.now() - started) / 100;
        }
        return Response.json(out);
      }
      case '/save': {
        const prepared = await prepareArticle(articleSchema.parse(body.article), sanitizeHtml);
        const started = Date.now();
        const profile: SaveProfile = { statements: [], batches: [] };
        const db = url.searchParams.get('profile') === '1' ? profiledDb(env.DB, profile) : env.DB;
        const outcome = await saveArticle(db, prepared, {
          owner: { userId: String(body.userId) },
          requestHash: crypto.randomUUID(),
          now: new Date(),
          linkStories: url.searchParams.get('stories') !== '0',
        });
        return Response.json({ ...outcome.body, ms: Date.now() - started, profile });
      }
      default:
        return new Response('not found', { status: 404 });
    }
  },
};
