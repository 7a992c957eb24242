import type { PreparedArticle } from './prepare-article';
import { ApiError } from '../http/api-error';
import { ownerUserId, ownerUserSql, unauthorized, type Owner } from '../auth/authenticate';
import { storyIndexEntry } from '../../shared/story/match';
import { mirrorTextReader } from '../../shared/story/mirror';
import { bandsStatement, guessedStorySql, linkStory, relinkStatements, storyLookupOf, storyLookupStatement, storyStatements, type StoryLink, type StoryLookup } from './stories';

/** The answer to a save, replayed as is to retries with the same Idempotency-Key. */
export interface SaveOutcome {
  status: 200 | 201;
  body: { id: string; version: number; created: boolean };
}

export interface SaveOptions {
  /**
   * Whose article it is: a user already authenticated, or a bearer token that the save's first
   * batch checks itself (no round trip of its own; unauthorized when it does not open the API).
   */
  owner: Owner;
  idempotencyKey?: string;
  /** Hex SHA-256 of the request body: a reused key with another body is refused (read only with idempotencyKey). */
  requestHash: string;
  now: Date;
  /**
   * Story detection (articles/stories.ts) on this save; default true. Only the save benchmark
   * (bench/story-save.ts) turns it off, to measure what it costs.
   */
  linkStories?: boolean;
}

/** No candidates and no copies: what a new text's story is decided from before its candidates are read. */
const NO_LOOKUP: StoryLookup = { candidates: [], copies: new Map() };

/** How often a save is re-planned after losing a race (a constraint failure) before giving up. */
const MAX_ATTEMPTS = 5;

interface CurrentRow {
  id: string;
  seq: number;
  current_version: number;
  content_hash: string;
  story_id: string | null;
}

function isConstraintFailure(err: unknown): boolean {
  return err instanceof Error && /constraint failed/i.test(err.message);
}

async function storedAnswer(db: D1Database, userId: string, key: string, requestHash: string): Promise<SaveOutcome | null> {
  const row = await db
    .prepare('SELECT request_hash, status, body FROM idempotency_keys WHERE user_id = ?1 AND key = ?2')
    .bind(userId, key)
    .first<{ request_hash: string; status: number; body: string }>();
  if (!row) return null;
  if (row.request_hash !== requestHash) {
    throw new ApiError('idempotency_key_reused', 'This Idempotency-Key was already used with another body');
  }
  return { status: row.status as 200 | 201, body: JSON.parse(row.body) as SaveOutcome['body'] };
}

/**
 * The statements that store a new article (row, version 1, index entry), for one D1 batch.
 * Also used by bench/api.ts to load many articles the same way without HTTP. The row is inserted
 * only when the owner's user id is known (a token owner's: only for a live API token,
 * authenticate.ts ownerUserSql), and every other statement writes only beside that row: for a
 * token that does not open the API the batch writes nothing, and the first statement RETURNs no
 * row. It RETURNs `user_id` and `story_id` otherwise. With `story` (a provisional link: a story
 * of its own, decided without candidates) the row also gets the story columns, goes into the
 * story sharing the most band keys with it (articles/stories.ts guessedStorySql), and its band
 * keys are indexed.
 */
export function newArticleStatements(
  db: D1Database,
  prepared: PreparedArticle,
  { id, owner, savedAt, story }: { id: string; owner: Owner; savedAt: string; story?: StoryLink },
): D1PreparedStatement[] {
  const { article, contentHash, index, site, listItem } = prepared;
  const guess = story && story.bands.length > 0;
  const ownerUser = ownerUserSql(owner, 13);
  // story_id: a story of its own until story detection (articles/stories.ts) links it.
  const storyId = guess ? guessedStorySql({ id: '?1', user: 'owner.user_id', canonicalUrl: '?2', bands: '?9' }) : '?1';
  return [
    db
      .prepare(
        `INSERT INTO articles (id, user_id, canonical_url, site, current_version, title, lang, published_at, saved_at, created_at, list_item,
                               story_id, story_signature, mirror_suspected, text_traits)
         SELECT ?1, owner.user_id, ?2, ?3, 1, ?4, ?5, ?6, ?7, ?7, ?8, ${storyId}, ?10, ?11, ?12
           FROM (SELECT ${ownerUser.sql} AS user_id) AS owner
          WHERE owner.user_id IS NOT NULL
         RETURNING user_id, story_id`,
      )
      .bind(
        id,
        article.canonicalUrl,
        site,
        article.title,
        article.lang,
        article.publishedAt ?? null,
        savedAt,
        listItem,
        guess ? JSON.stringify(story.bands) : null,
        story?.signature ?? null,
        story?.mirror ?? 0,
        story?.textTraits ?? null,
        ...ownerUser.binds,
      ),
    db
      .prepare('INSERT INTO article_versions (article_id, version, content_hash, data, saved_at) SELECT id, 1, ?2, ?3, ?4 FROM articles WHERE id = ?1')
      .bind(id, contentHash, JSON.stringify(article), savedAt),
    db
      .prepare(
        `INSERT INTO articles_fts (rowid, title, subtitle, authors, source, body)
         SELECT seq, ?2, ?3, ?4, ?5, ?6 FROM articles WHERE id = ?1`,
      )
      .bind(id, index.title, index.subtitle, index.authors, index.source, index.body),
    ...(guess ? [bandsStatement(db, id, story.bands)] : []),
  ];
}

/**
 * Saves an article for a user: a new article (201, version 1), the same content again
 * (200, created: false, nothing written), or changed content (201, a new version; earlier ones
 * kept). Each outcome is written as ONE D1 batch (a transaction) together with the
 * Idempotency-Key's answer, so racing requests cannot both win: the loser's batch fails on a
 * unique constraint, rolls back entirely, and is re-planned (then finding the winner's answer).
 */
export async function saveArticle(db: D1Database, prepared: PreparedArticle, options: SaveOptions): Promise<SaveOutcome> {
  const { owner, idempotencyKey, requestHash } = options;
  const savedAt = options.now.toISOString();
  const { article, contentHash, index, listItem } = prepared;
  // Story detection (articles/stories.ts): the text's signature and LSH bands, computed before
  // the lookup so that the candidates come back with it (a re-save of unchanged content, rare,
  // pays the signature for nothing).
  const storyEntry = options.linkStories === false ? null : storyIndexEntry(article.text);

  // A new page with a fresh key is stored as new straight away (one round trip, which also
  // checks a token owner: newArticleStatements writes nothing for a token that does not open the
  // API, and the save answers unauthorized). If the URL is already stored or the key was used, a
  // unique constraint rolls the batch back and the save is planned from what is stored, below. A
  // text that can join a story (it has bands) is stored first as a story of its own, its
  // candidates and their stories' copies read in the same batch (before its own rows, so it is
  // not its own candidate); if it joins a story or mirrors are judged, a second batch relinks it.
  // The batch also guesses the story (the one sharing the most band keys, articles/stories.ts
  // guessedStorySql), so that a copy is usually right first time: a second round trip only when
  // the guess was wrong or mirrors are to be flagged.
  {
    const id = crypto.randomUUID();
    const outcome: SaveOutcome = { status: 201, body: { id, version: 1, created: true } };
    // A text too short to link (no bands) is stored with its signature, in a story of its own.
    // One reader for both links of this text: what the first read of it is not read again.
    const reader = mirrorTextReader();
    const provisional = storyEntry ? linkStory(article, null, savedAt, storyEntry, NO_LOOKUP, id, { reader }) : null;
    const canJoin = provisional !== null && provisional.bands.length > 0;
    const stored = provisional ? { ...prepared, article: { ...article, flags: provisional.flags } } : prepared;
    const statements = [
      // A new page: had the URL been stored, the batch fails and the save is planned below.
      ...(canJoin && storyEntry ? [storyLookupStatement(db, owner, storyEntry.bands, article.canonicalUrl, { storedUrl: false })] : []),
      ...newArticleStatements(db, stored, { id, owner, savedAt, story: provisional ?? undefined }),
    ];
    const insertAt = canJoin ? 1 : 0;
    if (idempotencyKey) {
      // Beside the new row, like the rest of the batch (its user id is the row's).
      statements.push(
        db
          .prepare('INSERT INTO idempotency_keys (user_id, key, request_hash, status, body, created_at) SELECT user_id, ?2, ?3, ?4, ?5, ?6 FROM articles WHERE id = ?1')
          .bind(id, idempotencyKey, requestHash, outcome.status, JSON.stringify(outcome.body), savedAt),
      );
    }
    let results: D1Result[] | null = null;
    try {
      results = await db.batch(statements);
    } catch (err) {
      if (!isConstraintFailure(err)) throw err;
    }
    if (results) {
      const inserted = results[insertAt]?.results[0] as { user_id: string; story_id: string } | undefined;
      // No row: the token is unknown, revoked or not an API token, and nothing was written.
      if (!inserted) throw unauthorized();
      if (canJoin && provisional && storyEntry) {
        const link = linkStory(article, null, savedAt, storyEntry, storyLookupOf(results[0]), id, { reader });
        const relink = relinkStatements(db, inserted.user_id, id, inserted.story_id, provisional, link);
        if (relink.length > 0) await db.batch(relink);
      }
      return outcome;
    }
  }

  // The save is planned from what is stored: by now the owner must be known (a token owner is
  // checked here, in a round trip of its own: the token may have been revoked meanwhile).
  const userId = await ownerUserId(db, owner);
  const idempotencyStatement = (outcome: SaveOutcome) =>
    db
      .prepare('INSERT INTO idempotency_keys (user_id, key, request_hash, status, body, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)')
      .bind(userId, idempotencyKey, requestHash, outcome.status, JSON.stringify(outcome.body), savedAt);
  for (let attempt = 1; ; attempt++) {
    if (idempotencyKey) {
      const replay = await storedAnswer(db, userId, idempotencyKey, requestHash);
      if (replay) return replay;
    }
    const currentQuery = db
      .prepare(
        `SELECT a.id, a.seq, a.current_version, v.content_hash, a.story_id
           FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.current_version
          WHERE a.user_id = ?1 AND a.canonical_url = ?2`,
      )
      .bind(userId, article.canonicalUrl);
    // The story candidates and their stories' copies (and those of the stored article's story,
    // which a new version may leave) are read in the same round trip as the current version.
    const [currentResult, lookupResult] = await db.batch([
      currentQuery,
      ...(storyEntry ? [storyLookupStatement(db, { userId }, storyEntry.bands, article.canonicalUrl)] : []),
    ]);
    const current = (currentResult?.results[0] as CurrentRow | undefined) ?? null;

    const statements: D1PreparedStatement[] = [];
    let outcome: SaveOutcome;
    // Which story this text joins, and the mirror flags.
    const self = current ? { id: current.id, storyId: current.story_id } : null;
    const story =
      !storyEntry || current?.content_hash === contentHash
        ? null
        : linkStory(article, self, savedAt, storyEntry, storyLookupOf(lookupResult));
    const stored = story ? { ...article, flags: story.flags } : article;
    const data = JSON.stringify(stored);
    const indexValues = [index.title, index.subtitle, index.authors, index.source, index.body];
    if (!current) {
      const id = crypto.randomUUID();
      outcome = { status: 201, body: { id, version: 1, created: true } };
      statements.push(
        ...newArticleStatements(db, { ...prepared, article: stored }, { id, owner: { userId }, savedAt }),
        ...(story ? storyStatements(db, userId, id, story) : []),
      );
    } else if (current.content_hash === contentHash) {
      outcome = { status: 200, body: { id: current.id, version: current.current_version, created: false } };
    } else {
      const version = current.current_version + 1;
      outcome = { status: 201, body: { id: current.id, version, created: true } };
      statements.push(
        db
          .prepare('INSERT INTO article_versions (article_id, version, content_hash, data, saved_at) VALUES (?1, ?2, ?3, ?4, ?5)')
          .bind(current.id, version, contentHash, data, savedAt),
        db
          .prepare(
            `UPDATE articles SET current_version = ?2, title = ?3, lang = ?4, published_at = ?5, saved_at = ?6, list_item = ?8, text_traits = ?9
              WHERE id = ?1 AND current_version = ?7`,
          )
          // The new text's traits (story detection reads them), or none: its text is read instead.
          .bind(current.id, version, article.title, article.lang, article.publishedAt ?? null, savedAt, current.current_version, listItem, story?.textTraits ?? null),
        db.prepare('DELETE FROM articles_fts WHERE rowid = ?1').bind(current.seq),
        db
          .prepare('INSERT INTO articles_fts (rowid, title, subtitle, authors, source, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6)')
          .bind(current.seq, ...indexValues),
        ...(story ? storyStatements(db, userId, current.id, story) : []),
      );
    }
    if (idempotencyKey) statements.push(idempotencyStatement(outcome));
    if (statements.length === 0) return outcome;
    try {
      await db.batch(statements);
      return outcome;
    } catch (err) {
      if (!isConstraintFailure(err) || attempt >= MAX_ATTEMPTS) throw err;
    }
  }
}
