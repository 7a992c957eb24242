/**
 * Story detection in the Worker: the D1 adapter around shared/story. Copies of one story
 * (syndicated reposts, scraped mirrors) among one user's articles share `articles.story_id`.
 *
 * - On save (a new article, or a new version of one): the text's signature and LSH band keys
 *   are stored (articles.story_signature, story_bands); the articles sharing a band key are the
 *   candidates, and `bestStoryMatch` says which story the article joins (else a new one).
 *   Versions of one canonical URL are one article: a changed copy of the same URL stays a
 *   version of it and never becomes a second member of its story.
 * - Mirrors: `mirror-suspected` is added to the flags of a copy whose own text shows scraping,
 *   and, once the story's original is known, to the other copies judged mirrors of it. Those
 *   judgments are recomputed whenever the story's copies change (a copy joins, or a new version
 *   leaves the story), so a copy judged against a wrong original loses the flag again.
 * - A new version of a copy stays in its story while it is still the same story as one of the
 *   other copies; otherwise it leaves (joining another story, or one of its own).
 * - Reading: the copies of one story original first, and one item a story (fold).
 *
 * Linking is per user: candidates, stories and flags never cross from one user to another.
 */
import type { Article } from '../../shared/article';
import { bestStoryMatch, type StoryCandidate, type StoryIndexEntry } from '../../shared/story/match';
import {
  decodeTextTraits,
  encodeTextTraits,
  isMirrorSuspected,
  mirrorTextReader,
  readTraits,
  STORED_TRAITS_RANGE,
  type MirrorCandidate,
  type MirrorTextReader,
} from '../../shared/story/mirror';
import { pickOriginal, type StoryCopy } from '../../shared/story/original';
import { ownerUserSql, type Owner } from '../auth/authenticate';

/** The flag of copies suspected of being scraped mirrors (see shared/story/mirror.ts). */
export const MIRROR_FLAG = 'mirror-suspected';

/** Limits of the story queries, each with why. */
export const STORY_LIMITS = {
  /**
   * Candidates read back per save. Each candidate shares a band key with the new text; more
   * than this many means the user has hundreds of copies of one story, and the best of the
   * first ones found is as good a story to join.
   */
  maxCandidates: 200,
  /**
   * Copies (with their full text) read back to judge mirrors against the story's original. A
   * story with more copies than this is judged on its first copies saved.
   */
  maxCopiesJudged: 50,
  /**
   * Band keys a stored story must share with a new text for the save's one batch to guess it
   * as the text's story (guessedStorySql). One shared key happens by chance (J ≈ 0.1 texts: a
   * few sentences in common); a copy (J ≥ 0.5) shares 2 or more of the 16 keys in most cases
   * (J 0.5: 2 expected, J 0.7: 5.5). A wrong guess or a missed one costs a second batch that
   * corrects it, before the save answers.
   */
  guessMinSharedBands: 2,
} as const;

/**
 * Why a copy carries `mirror-suspected` (articles.mirror_suspected, migration 0013): not at all,
 * for its own text (pinyin, lost characters) or extraction — never taken back — or judged
 * against its story's original — recomputed when the story's copies change.
 */
export const MIRROR_STATE = { none: 0, ownText: 1, judged: 2 } as const;
export type MirrorState = (typeof MIRROR_STATE)[keyof typeof MIRROR_STATE];

/** What a save stores for story detection, and what it changes in the story's other copies. */
export interface StoryLink {
  storyId: string;
  /** encodeSignature of the current text: read back when later articles are compared. */
  signature: string;
  /** LSH band keys (none for texts too short to link). */
  bands: number[];
  /** The article's flags, with `mirror-suspected` added when it is judged a mirror. */
  flags: string[];
  /** Why the article carries `mirror-suspected` (see {@link MIRROR_STATE}). */
  mirror: MirrorState;
  /** Other copies (of the story joined, or of the story left) now judged mirrors: to flag. */
  mirrorsAdded: string[];
  /** Other copies no longer judged mirrors (the original changed): to unflag. */
  mirrorsRemoved: string[];
  /** The article is stored already: its earlier version's bands are replaced. */
  replacesBands: boolean;
  /** The traits of the article's text (encodeTextTraits), stored so that later saves need not read it. */
  textTraits: number;
}

/** The article being saved as it is already stored: null for a new article. */
export interface StoredSelf {
  id: string;
  storyId: string | null;
}

interface CandidateRow {
  id: string;
  story_id: string;
  story_signature: string;
}

interface LookupRow {
  kind: 'candidate' | 'copy';
  id: string;
  seq: number | null;
  story_id: string;
  story_signature: string | null;
  saved_at: string | null;
  /** Null when the copy's text_traits are stored: they are read instead (decodeTextTraits). */
  text: string | null;
  text_traits: number | null;
  source: string | null;
  site_name: string | null;
  published_at: string | null;
  flags: string | null;
  mirror_suspected: number | null;
}

/**
 * A copy as ranking and mirror judging need it: `flags` are its current version's (extraction's
 * flags, and `mirror-suspected` if set), `mirror` why it is flagged.
 */
export type JudgedCopy = StoryCopy & MirrorCandidate & { id: string; flags: string[]; mirror: MirrorState };

/**
 * What the save's read round trip brings back for story detection ({@link storyLookupStatement}):
 * the candidates sharing a band key, and the copies of their stories and of the article's own
 * story (all but the article itself, first saved first, at most maxCopiesJudged a story).
 */
export interface StoryLookup {
  candidates: StoryCandidate[];
  /** Story id → its copies other than the article being saved. */
  copies: Map<string, JudgedCopy[]>;
}

/**
 * Decides the story of an article being saved, given its index entry (storyIndexEntry of its
 * text) and what {@link storyLookupStatement} read in the same round trip as the save's own
 * lookup: joins the best match or starts a new story, and judges mirrors against the story's
 * original. A stored article (`self`, a new version) stays in its story while it is still the
 * same story as one of the story's other copies; otherwise it leaves it, and the copies left
 * behind are judged again (their original may have been this article). Reads nothing more (the
 * stories involved are a candidate's or the article's own, whose copies came back with the
 * lookup); the returned link is written by {@link storyStatements} in the save's batch. A story
 * of its own gets `newStoryId`. `keepStory`: a stored article with other copies stays in its
 * story whatever its candidates (the backfill: those copies may not be indexed yet). `reader`:
 * what was read of the texts already (shared/story/mirror.ts mirrorTextReader), when one save
 * links the same text twice (provisionally, then with its candidates).
 */
export function linkStory(
  article: Pick<Article, 'text' | 'flags' | 'source' | 'siteName' | 'publishedAt'>,
  self: StoredSelf | null,
  savedAt: string,
  entry: StoryIndexEntry,
  lookup: StoryLookup,
  newStoryId: string = crypto.randomUUID(),
  { keepStory = false, reader = mirrorTextReader() }: { keepStory?: boolean; reader?: MirrorTextReader } = {},
): StoryLink {
  // The copy's own text can show scraping (pinyin, lost characters) before any original is
  // known; extraction may have flagged it already (traditional text under simplified markup).
  const traits = readTraits(article, reader);
  const ownText = article.flags.includes(MIRROR_FLAG) || isMirrorSuspected({ ...article, traits }, null, reader);
  const copiesOf = (storyId: string) => lookup.copies.get(storyId) ?? [];
  const match = bestStoryMatch(entry.signature, lookup.candidates);

  let storyId: string;
  let leftStory: string | null = null;
  if (self?.storyId && copiesOf(self.storyId).length === 0) {
    // Alone in its story: it keeps the id, or joins a story it now matches.
    storyId = match?.storyId ?? self.storyId;
  } else if (self?.storyId) {
    const ownStory = self.storyId;
    const stillSame =
      keepStory || bestStoryMatch(entry.signature, lookup.candidates.filter((candidate) => candidate.storyId === ownStory)) !== null;
    if (stillSame) storyId = ownStory;
    else {
      // No longer the same story as any other copy (its page now tells another story).
      leftStory = ownStory;
      storyId = match?.storyId ?? newStoryId;
    }
  } else {
    storyId = match?.storyId ?? newStoryId;
  }

  const own: JudgedCopy = {
    id: self?.id ?? '',
    text: article.text,
    traits,
    source: article.source ?? null,
    siteName: article.siteName ?? null,
    publishedAt: article.publishedAt ?? null,
    savedAt,
    flags: article.flags.filter((flag) => flag !== MIRROR_FLAG),
    mirror: ownText ? MIRROR_STATE.ownText : MIRROR_STATE.none,
  };
  const joined = mirrorChanges([own, ...copiesOf(storyId)], reader);
  if (joined.judged.has(own)) own.mirror = MIRROR_STATE.judged;
  const left = leftStory ? mirrorChanges(copiesOf(leftStory), reader) : null;
  const mirrorsAdded = [...joined.add, ...(left?.add ?? [])].filter((id) => id !== own.id);
  const mirrorsRemoved = [...joined.remove, ...(left?.remove ?? [])].filter((id) => id !== own.id);

  const flags = own.mirror === MIRROR_STATE.none ? own.flags : [...own.flags, MIRROR_FLAG];
  return {
    storyId,
    signature: entry.signature,
    bands: entry.bands,
    flags,
    mirror: own.mirror,
    mirrorsAdded,
    mirrorsRemoved,
    replacesBands: self !== null,
    textTraits: encodeTextTraits(traits),
  };
}

/**
 * The judged mirror flags of one story's copies, judged again ({@link judgedMirrors}): the ids of
 * the stored copies to flag (judged now, not flagged) and to unflag (judged before, not now);
 * `judged` is the whole judgment.
 */
export function mirrorChanges(
  copies: readonly JudgedCopy[],
  reader: MirrorTextReader = mirrorTextReader(),
): { judged: Set<JudgedCopy>; add: string[]; remove: string[] } {
  const judged = judgedMirrors(copies, reader);
  const add: string[] = [];
  const remove: string[] = [];
  for (const copy of copies) {
    if (judged.has(copy) && copy.mirror === MIRROR_STATE.none) add.push(copy.id);
    else if (!judged.has(copy) && copy.mirror === MIRROR_STATE.judged) remove.push(copy.id);
  }
  return { judged, add, remove };
}

/**
 * A copy's columns as {@link storyLookupOf} reads them, in the SQL of the lookups (`a` the copy's
 * articles row with its list_item and published_at, `v` its current version): text, text_traits,
 * source, site_name, published_at, flags, mirror_suspected. Source and site come from the
 * row's list_item; the text and the flags, for which the whole article JSON (text and html) is
 * parsed, only when its traits are not stored (articles saved before migration 0014; read as
 * decodeTextTraits reads them). Judging a story's copies then reads no
 * texts, however many and however long: reading them cost ≈0.1 ms CPU a copy, over the 10 ms
 * budget for a story of 50 copies (bench:api).
 */
function copyColumnsSql(a: string): string {
  const stored = `${a}.text_traits BETWEEN ${STORED_TRAITS_RANGE.min} AND ${STORED_TRAITS_RANGE.max}`;
  const unlessTraits = (path: string) => `CASE WHEN ${stored} THEN NULL ELSE json_extract(v.data, '${path}') END`;
  return `${unlessTraits('$.text')} AS text, ${a}.text_traits AS text_traits, json_extract(${a}.list_item, '$.source') AS source,
          json_extract(${a}.list_item, '$.siteName') AS site_name, ${a}.published_at AS published_at, ${unlessTraits('$.flags')} AS flags,
          ${a}.mirror_suspected AS mirror_suspected`;
}

/**
 * The query of the copies of the story of the user's article `articleId`, other than it (first
 * saved first, at most maxCopiesJudged), read as {@link storyLookupOf} reads copies: what is
 * judged again when the article is deleted.
 */
export function otherCopiesStatement(db: D1Database, userId: string, articleId: string): D1PreparedStatement {
  return db
    .prepare(
      `SELECT 'copy' AS kind, a.id, a.story_id, NULL AS story_signature, a.seq, a.saved_at, ${copyColumnsSql('a')}
         FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.current_version
        WHERE a.user_id = ?1 AND a.story_id = (SELECT story_id FROM articles WHERE id = ?2 AND user_id = ?1) AND a.id <> ?2
        ORDER BY a.seq
        LIMIT ?3`,
    )
    .bind(userId, articleId, STORY_LIMITS.maxCopiesJudged);
}

/**
 * The statements that set the judged mirror flags of a story's remaining copies after one of
 * them is deleted (it may have been their original); `copies` from {@link otherCopiesStatement}.
 */
export function remainingCopiesStatements(db: D1Database, userId: string, copies: readonly JudgedCopy[]): D1PreparedStatement[] {
  const { add, remove } = mirrorChanges(copies);
  return mirrorStatements(db, userId, add, remove);
}

/**
 * The copies of one story judged mirrors of its original (beyond those flagged for their own
 * text): the original is chosen as pickOriginal does, counting only own-text flags — judgments
 * made against an earlier, wrong original do not weigh on the new choice — and every other copy
 * not flagged for its own text is judged against it (isMirrorSuspected with the original). One
 * `reader` reads each text once, however many copies are judged against the original's.
 */
export function judgedMirrors(copies: readonly JudgedCopy[], reader: MirrorTextReader = mirrorTextReader()): Set<JudgedCopy> {
  const ranked = copies.map((copy) => ({
    copy,
    id: copy.id,
    source: copy.source,
    siteName: copy.siteName,
    publishedAt: copy.publishedAt,
    savedAt: copy.savedAt,
    flags: copy.mirror === MIRROR_STATE.ownText ? [MIRROR_FLAG] : [],
  }));
  const original = pickOriginal(ranked)?.copy ?? null;
  const judged = new Set<JudgedCopy>();
  if (!original || copies.length < 2) return judged;
  for (const copy of copies) {
    if (copy !== original && copy.mirror !== MIRROR_STATE.ownText && isMirrorSuspected(copy, original, reader)) judged.add(copy);
  }
  return judged;
}

/**
 * The user's articles sharing a band key with `bands` (JSON array), other than those of canonical
 * URL `canonicalUrl`, at most `limit`; `user` is the user id (each argument an SQL expression,
 * usually a bound parameter). json_each keeps the 16 keys one bound parameter (D1 allows 100);
 * the IN list drives the band primary-key lookups, and the join keeps the user's own articles
 * (band keys are not per user: migration 0013). CROSS JOIN fixes the join order: left to itself,
 * D1's planner scanned all the user's articles and probed their bands (O(articles), ≈10× slower
 * saves at 5,000 articles in bench:story-save).
 */
function candidatesSql({ user, bands, canonicalUrl, limit }: { user: string; bands: string; canonicalUrl: string; limit: string }): string {
  return `SELECT a.id, a.story_id, a.story_signature
         FROM (SELECT DISTINCT article_seq FROM story_bands WHERE band IN (SELECT value FROM json_each(${bands}))) AS c
         CROSS JOIN articles a ON a.seq = c.article_seq
        WHERE a.user_id = ${user} AND a.canonical_url <> ${canonicalUrl}
          AND a.story_id IS NOT NULL AND a.story_signature IS NOT NULL
        LIMIT ${limit}`;
}

/**
 * The query of the user's articles sharing a band key with `bands`, other than those of
 * `canonicalUrl` (versions of one page are not copies of each other); read its rows with
 * {@link candidatesOf}.
 */
export function candidatesStatement(db: D1Database, userId: string, bands: number[], canonicalUrl: string): D1PreparedStatement {
  return db
    .prepare(candidatesSql({ user: '?1', bands: '?2', canonicalUrl: '?3', limit: '?4' }))
    .bind(userId, JSON.stringify(bands), canonicalUrl, STORY_LIMITS.maxCandidates);
}

/**
 * The query of everything a save's story detection reads, to run in the save's read batch (one
 * round trip with its own lookup); read its rows with {@link storyLookupOf}. Rows of kind
 * 'candidate' are the candidates of {@link candidatesStatement}; rows of kind 'copy' are the
 * copies (current versions, with what ranking and mirror judging need) of the candidates'
 * stories and of the story of the article stored under `canonicalUrl` (unless `storedUrl` is
 * false: a new page), other than that article, the first maxCopiesJudged saved of each story. Reading the copies here rather than after
 * choosing the story saves a round trip on every save of a copy (bench:story-save).
 */
export function storyLookupStatement(
  db: D1Database,
  owner: Owner,
  bands: number[],
  canonicalUrl: string,
  { storedUrl = true }: { storedUrl?: boolean } = {},
): D1PreparedStatement {
  // The owner's user id (a bound value, or the token's user, looked up by ownerUserSql) once, in
  // its own CTE: for a token that does not open the API it is NULL, and nothing is found.
  const ownerUser = ownerUserSql(owner, 5);
  const user = '(SELECT user_id FROM owner)';
  // The candidates are materialized once and used twice: as rows, and for their stories. The
  // story of the article stored under the URL is added only when there may be one (a new page
  // has none: leaving that union out, and sorting in JS, makes the lookup ≈3× cheaper).
  const stories = storedUrl
    ? `(SELECT story_id FROM cand
        UNION SELECT story_id FROM articles WHERE user_id = ${user} AND canonical_url = ?2 AND story_id IS NOT NULL)`
    : '(SELECT story_id FROM cand)';
  return db
    .prepare(
      `WITH owner AS (SELECT ${ownerUser.sql} AS user_id),
            cand AS MATERIALIZED (${candidatesSql({ user, bands: '?1', canonicalUrl: '?2', limit: '?3' })}),
            member AS (SELECT a.id, a.story_id, a.seq, a.saved_at, a.current_version, a.mirror_suspected, a.text_traits, a.list_item, a.published_at,
                              ROW_NUMBER() OVER (PARTITION BY a.story_id ORDER BY a.seq) AS rank
                         FROM articles a
                        WHERE a.user_id = ${user} AND a.story_id IN ${stories} AND a.canonical_url <> ?2)
       SELECT 'candidate' AS kind, id, story_id, story_signature, NULL AS seq, NULL AS saved_at, NULL AS text, NULL AS text_traits,
              NULL AS source, NULL AS site_name, NULL AS published_at, NULL AS flags, NULL AS mirror_suspected
         FROM cand
       UNION ALL
       SELECT 'copy', m.id, m.story_id, NULL, m.seq, m.saved_at, ${copyColumnsSql('m')}
         FROM member m JOIN article_versions v ON v.article_id = m.id AND v.version = m.current_version
        WHERE m.rank <= ?4`,
    )
    .bind(JSON.stringify(bands), canonicalUrl, STORY_LIMITS.maxCandidates, STORY_LIMITS.maxCopiesJudged, ...ownerUser.binds);
}

/** The rows of {@link storyLookupStatement}: candidates, and copies by story (first saved first). */
export function storyLookupOf(result: D1Result<unknown> | undefined): StoryLookup {
  const candidates: StoryCandidate[] = [];
  const copies = new Map<string, JudgedCopy[]>();
  // Copies first saved first (seq order), as ranking's tie-breaks and the copies limit expect.
  const rows = ((result?.results ?? []) as LookupRow[]).slice().sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  for (const row of rows) {
    if (row.kind === 'candidate') {
      candidates.push({ id: row.id, storyId: row.story_id, signature: row.story_signature ?? '' });
      continue;
    }
    const copy: JudgedCopy = {
      id: row.id,
      text: row.text ?? '',
      traits: decodeTextTraits(row.text_traits),
      source: row.source,
      siteName: row.site_name,
      publishedAt: row.published_at,
      savedAt: row.saved_at ?? '',
      flags: parseFlags(row.flags).filter((flag) => flag !== MIRROR_FLAG),
      mirror: mirrorStateOf(row.mirror_suspected),
    };
    const list = copies.get(row.story_id);
    if (list) list.push(copy);
    else copies.set(row.story_id, [copy]);
  }
  return { candidates, copies };
}

/** The rows of {@link candidatesStatement} as candidates for bestStoryMatch. */
export function candidatesOf(result: D1Result<unknown> | undefined): StoryCandidate[] {
  return ((result?.results ?? []) as CandidateRow[]).map((row) => ({ id: row.id, storyId: row.story_id, signature: row.story_signature }));
}

/** The candidates for `bands` (see {@link candidatesStatement}), in a round trip of their own. */
export async function findCandidates(db: D1Database, userId: string, bands: number[], canonicalUrl: string): Promise<StoryCandidate[]> {
  if (bands.length === 0) return [];
  return candidatesOf(await candidatesStatement(db, userId, bands, canonicalUrl).all());
}

/** A stored mirror_suspected value as a state; anything unknown but set counts as own text (never dropped). */
function mirrorStateOf(value: number | null): MirrorState {
  if (!value) return MIRROR_STATE.none;
  return value === MIRROR_STATE.judged ? MIRROR_STATE.judged : MIRROR_STATE.ownText;
}

/** A stored flags column (JSON array) as strings; anything unreadable is no flags. */
function parseFlags(json: string | null): string[] {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((flag): flag is string => typeof flag === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * The statements that write a story link, to run in the save's batch right after the article's
 * row is inserted or updated: the story id and signature, the band keys (replacing those of an
 * earlier version), and the mirror flags of the other copies judged again.
 */
export function storyStatements(db: D1Database, userId: string, articleId: string, link: StoryLink): D1PreparedStatement[] {
  const statements = [
    db
      .prepare('UPDATE articles SET story_id = ?3, story_signature = ?4, mirror_suspected = ?5, text_traits = ?6 WHERE id = ?1 AND user_id = ?2')
      .bind(articleId, userId, link.storyId, link.signature, link.mirror, link.textTraits),
  ];
  // A new version replaces the bands of the one before (a new article has none yet).
  if (link.replacesBands) statements.push(deleteStoryBandsStatement(db, articleId));
  if (link.bands.length > 0) statements.push(bandsStatement(db, articleId, link.bands));
  statements.push(...mirrorStatements(db, userId, link.mirrorsAdded, link.mirrorsRemoved));
  return statements;
}

/** The statement that indexes the band keys of article `articleId` (already inserted). */
export function bandsStatement(db: D1Database, articleId: string, bands: number[]): D1PreparedStatement {
  return db
    .prepare('INSERT OR IGNORE INTO story_bands (band, article_seq) SELECT b.value, a.seq FROM articles a, json_each(?2) b WHERE a.id = ?1')
    .bind(articleId, JSON.stringify(bands));
}

/**
 * The statements that set the judged `mirror-suspected` flag on copies of the user (`add`) or
 * take it back (`remove`): on each one's current version (flags are not part of its content
 * hash) and its mirror_suspected column. Flags for a copy's own text are never touched.
 */
export function mirrorStatements(db: D1Database, userId: string, add: string[], remove: string[] = []): D1PreparedStatement[] {
  const currentVersion = `article_id IN (SELECT value FROM json_each(?1))
            AND version = (SELECT a.current_version FROM articles a WHERE a.id = article_versions.article_id AND a.user_id = ?2)`;
  const statements: D1PreparedStatement[] = [];
  if (add.length > 0) {
    statements.push(
      db
        .prepare(
          `UPDATE article_versions SET data = json_set(data, '$.flags[#]', ?3)
            WHERE ${currentVersion}
              AND NOT EXISTS (SELECT 1 FROM json_each(article_versions.data, '$.flags') f WHERE f.value = ?3)`,
        )
        .bind(JSON.stringify(add), userId, MIRROR_FLAG),
      db
        .prepare('UPDATE articles SET mirror_suspected = ?3 WHERE id IN (SELECT value FROM json_each(?1)) AND user_id = ?2 AND mirror_suspected = 0')
        .bind(JSON.stringify(add), userId, MIRROR_STATE.judged),
    );
  }
  if (remove.length > 0) {
    statements.push(
      db
        .prepare(
          `UPDATE article_versions
              SET data = json_set(data, '$.flags', json((SELECT json_group_array(f.value) FROM json_each(article_versions.data, '$.flags') f WHERE f.value <> ?3)))
            WHERE ${currentVersion}
              AND (SELECT mirror_suspected FROM articles a WHERE a.id = article_versions.article_id) = ?4`,
        )
        .bind(JSON.stringify(remove), userId, MIRROR_FLAG, MIRROR_STATE.judged),
      db
        .prepare('UPDATE articles SET mirror_suspected = 0 WHERE id IN (SELECT value FROM json_each(?1)) AND user_id = ?2 AND mirror_suspected = ?3')
        .bind(JSON.stringify(remove), userId, MIRROR_STATE.judged),
    );
  }
  return statements;
}

/**
 * The story a new article is first stored in, as an SQL expression for its INSERT (the SQL of its
 * `id`, `user`, `canonicalUrl` and `bands`, its band keys as JSON): the story sharing the
 * most band keys with it (at least STORY_LIMITS.guessMinSharedBands), else its own. A guess made in the save's one batch, before the
 * candidates can be compared (the statement RETURNs the story it chose); the save then checks
 * it with bestStoryMatch and corrects it with {@link relinkStatements} when it was wrong, so that
 * a copy of a stored story is usually saved in one round trip. It runs before the article's own
 * band keys are inserted, so the article is not its own candidate.
 */
export function guessedStorySql({ id, user, canonicalUrl, bands }: { id: string; user: string; canonicalUrl: string; bands: string }): string {
  return `COALESCE(
     (SELECT a.story_id FROM story_bands b CROSS JOIN articles a ON a.seq = b.article_seq
       WHERE b.band IN (SELECT value FROM json_each(${bands}))
         AND a.user_id = ${user} AND a.canonical_url <> ${canonicalUrl} AND a.story_id IS NOT NULL AND a.story_signature IS NOT NULL
       GROUP BY a.story_id HAVING count(*) >= ${STORY_LIMITS.guessMinSharedBands} ORDER BY count(*) DESC LIMIT 1),
     ${id})`;
}

/**
 * The statements that move a new article, stored first in story `storedStoryId` (its own id
 * `articleId`, or the story the INSERT guessed: {@link guessedStorySql}), into the story `link`
 * chose after its candidates were read, and set the mirror flags judged then (`provisional` is
 * what was stored). When it was a story of its own, anything linked to that story meanwhile
 * moves with it. Empty when nothing changes.
 */
export function relinkStatements(db: D1Database, userId: string, articleId: string, storedStoryId: string, provisional: StoryLink, link: StoryLink): D1PreparedStatement[] {
  const statements: D1PreparedStatement[] = [];
  if (link.storyId !== storedStoryId) {
    statements.push(
      storedStoryId === articleId
        ? db.prepare('UPDATE articles SET story_id = ?3 WHERE user_id = ?1 AND story_id = ?2').bind(userId, storedStoryId, link.storyId)
        : db.prepare('UPDATE articles SET story_id = ?3 WHERE user_id = ?1 AND id = ?2').bind(userId, articleId, link.storyId),
    );
  }
  // A new article is judged a mirror only now (its own-text flag was stored with it).
  const ownJudged = link.mirror === MIRROR_STATE.judged && provisional.mirror === MIRROR_STATE.none;
  statements.push(...mirrorStatements(db, userId, ownJudged ? [articleId, ...link.mirrorsAdded] : link.mirrorsAdded, link.mirrorsRemoved));
  return statements;
}

/** The statement that removes an article's band keys (with the article, or before a new version's). */
export function deleteStoryBandsStatement(db: D1Database, articleId: string): D1PreparedStatement {
  return db.prepare('DELETE FROM story_bands WHERE article_seq = (SELECT seq FROM articles WHERE id = ?1)').bind(articleId);
}
