/**
 * `npm run bench:story-save`: the time to save an article when the user already has 50,000,
 * with story detection and without it, in the same run and the same database.
 *
 * A Worker in workerd (Miniflare) with a local D1 gets the project's migrations; one user's
 * library is filled with N distinct articles (sentences of the Chinese and English texts of
 * ../shared/data recombined, so each is its own story), stored with their search index and
 * story index as a save writes them. Then new articles are saved through prepareArticle +
 * saveArticle, alternating with and without story detection: half are new stories, half are
 * copies of stored ones (an added paragraph and another trailer: the candidate lookup, the
 * comparison and the mirror judging all run). Prints p50 and p95 per save and both ratios.
 * Target (issue 8): saving with story detection within 1.5× the time without.
 *
 * Options: --articles N (default 50000), --saves N (default 400), --warm-up N (default 40),
 * --profile (where the time goes: each statement's time in SQLite), --statements (only the
 * story lookup statements, each timed by itself).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Miniflare } from 'miniflare';
import type { ArticleInput } from '../shared/article';
import { loadSets } from './corpus';
import { option } from './support/cli';
import { percentile } from './support/stats';
import { bundleWorker } from './support/bundle-worker';

const ROOT = resolve(import.meta.dirname, '..');
const ARTICLES = Number(option('articles') ?? 50_000);
const SAVES = Number(option('saves') ?? 400);
/** Saves each way before timing starts (the Worker's and SQLite's caches warm up). */
const WARM_UP = Number(option('warm-up') ?? 40);
/** --profile: also print where a save's time goes, statement by statement (SQLite time). */
const PROFILE = process.argv.includes('--profile');
/** --statements: only time each story lookup statement by itself, then stop. */
const STATEMENTS = process.argv.includes('--statements');
const FILL_CHUNK = 250;
const USER = 'bench-user';

/** A small deterministic PRNG (mulberry32), so every run builds the same library. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Lang = 'zh-Hans' | 'en';

/**
 * Sentences of the corpus's ground-truth texts, by language (short ones dropped). Articles are
 * made of sentences, not paragraphs: the corpus has few Chinese paragraphs, and 50,000 articles
 * drawn from them would overlap by chance far more than real stories do.
 */
function sentencePools(): Record<Lang, string[]> {
  const pools: Record<Lang, string[]> = { 'zh-Hans': [], en: [] };
  for (const set of loadSets()) {
    for (const row of set.rows) {
      if (!row.text) continue;
      const lang: Lang = /\p{Script=Han}/u.test(row.text.slice(0, 200)) ? 'zh-Hans' : 'en';
      const sentences = lang === 'en' ? row.text.split(/(?<=[.!?])\s+|\n+/) : row.text.split(/(?<=[。！？])|\n+/);
      for (const sentence of sentences) {
        if (sentence.trim().length >= (lang === 'en' ? 60 : 20)) pools[lang].push(sentence.trim());
      }
    }
  }
  return pools;
}

function makeArticle(pools: Record<Lang, string[]>, rand: () => number, n: number, kind: string): ArticleInput {
  const lang: Lang = rand() < 0.5 ? 'zh-Hans' : 'en';
  const pool = pools[lang];
  // 4–8 paragraphs of 2–4 sentences.
  const paragraphs = Array.from({ length: 4 + Math.floor(rand() * 5) }, () =>
    Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pool[Math.floor(rand() * pool.length)]!).join(lang === 'en' ? ' ' : ''),
  );
  const text = paragraphs.join('\n\n');
  const url = `https://site${n % 97}.example/${kind}/${n}.html`;
  return {
    url,
    canonicalUrl: url,
    title: paragraphs[0]!.slice(0, 40),
    siteName: `site${n % 97}`,
    lang,
    text,
    html: '',
    wordCount: lang === 'en' ? text.split(/\s+/).length : text.length,
    extractor: { name: 'bench', version: '1' },
  };
}

/** A repost of `article` elsewhere: a paragraph added, another trailer. */
function copyOf(article: ArticleInput, pools: Record<Lang, string[]>, rand: () => number, n: number): ArticleInput {
  const pool = pools[article.lang as Lang];
  const added = pool[Math.floor(rand() * pool.length)]!;
  const text = `${article.text}\n\n${added}\n\n${article.lang === 'en' ? 'Reposted with permission.' : '本文转载自其他媒体。'}`;
  const url = `https://repost${n % 13}.example/copy/${n}.html`;
  return { ...article, url, canonicalUrl: url, siteName: `repost${n % 13}`, text };
}

/** Migration statements, in file order (comments dropped, split at statement ends). */
function migrationStatements(): string[] {
  const dir = join(ROOT, 'worker/migrations');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.sql'))
    .sort()
    .flatMap((file) =>
      readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .map((line) => line.replace(/--.*$/, ''))
        .join('\n')
        .split(/;\s*(?:\n|$)/)
        .map((sql) => sql.trim())
        .filter(Boolean),
    );
}

/**
 * Where the time of a save goes (--profile): per statement, the SQLite time summed over the
 * saves (mean per save), and the round trips (batches) as the Worker saw them.
 */
function printProfile(profiles: Record<'on' | 'off', Array<{ statements: Array<{ sql: string; ms: number }>; batches: number[] }>>): void {
  for (const way of ['off', 'on'] as const) {
    const saves = profiles[way];
    if (saves.length === 0) continue;
    const bySql = new Map<string, number[]>();
    for (const save of saves) for (const { sql, ms } of save.statements) bySql.set(sql, [...(bySql.get(sql) ?? []), ms]);
    const batchMs = saves.map((save) => save.batches.reduce((a, b) => a + b, 0));
    const sqliteMs = saves.map((save) => save.statements.reduce((a, b) => a + b.ms, 0));
    const batches = saves.map((save) => save.batches.length);
    console.log(
      `\nprofile, story detection ${way} (${saves.length} saves): round trips ${(batches.reduce((a, b) => a + b, 0) / saves.length).toFixed(2)} a save, ` +
        `D1 time p50 ${percentile(batchMs, 50).toFixed(2)} ms of which SQLite p50 ${percentile(sqliteMs, 50).toFixed(2)} ms`,
    );
    console.log(`${'statement'.padEnd(62)}${'runs'.padStart(6)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'ms/save'.padStart(9)}`);
    for (const [sql, times] of [...bySql].sort((a, b) => b[1].reduce((x, y) => x + y, 0) - a[1].reduce((x, y) => x + y, 0))) {
      const perSave = times.reduce((a, b) => a + b, 0) / saves.length;
      console.log(`${sql.padEnd(62)}${String(times.length).padStart(6)}${percentile(times, 50).toFixed(3).padStart(9)}${percentile(times, 95).toFixed(3).padStart(9)}${perSave.toFixed(3).padStart(9)}`);
    }
  }
}

async function main(): Promise<void> {
  const pools = sentencePools();
  const rand = random(8);
  const mf = new Miniflare({
    modules: true,
    scriptPath: await bundleWorker('worker/bench/story-save-bench-worker.ts', 'story-save-bench-worker.mjs'),
    compatibilityDate: '2026-05-01',
    compatibilityFlags: ['nodejs_compat'],
    d1Databases: { DB: 'bench-story-save' },
  });
  const post = async <T>(path: string, body: unknown): Promise<T> => {
    const response = await mf.dispatchFetch(`http://bench.local${path}`, { method: 'POST', body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  try {
    await post('/sql', { statements: migrationStatements() });
    await post('/user', { userId: USER });
    const started = performance.now();
    const stored: ArticleInput[] = [];
    for (let n = 0; n < ARTICLES; n += FILL_CHUNK) {
      const chunk = Array.from({ length: Math.min(FILL_CHUNK, ARTICLES - n) }, (_, i) => makeArticle(pools, rand, n + i, 'stored'));
      await post('/fill', { userId: USER, articles: chunk });
      for (const article of chunk) if (rand() < 0.02) stored.push(article);
    }
    console.log(
      `library: ${ARTICLES} articles (${pools['zh-Hans'].length} zh and ${pools.en.length} en sentences recombined), ` +
        `filled in ${((performance.now() - started) / 1000).toFixed(0)} s\n`,
    );

    if (STATEMENTS) {
      // What each story lookup statement costs by itself (100 runs in one batch, no round trip).
      const runs: Record<string, number[]> = {};
      for (let n = 0; n < 20; n++) {
        const article = n % 2 ? copyOf(stored[n % stored.length]!, pools, rand, 1e6 + n) : makeArticle(pools, rand, 1e6 + n, 'probe');
        const result = await post<Record<string, number>>('/statements', { userId: USER, article });
        for (const [name, ms] of Object.entries(result)) (runs[name] ??= []).push(ms);
      }
      console.log('ms per statement, 20 articles (half copies), each statement run 100 times in one batch:');
      for (const [name, ms] of Object.entries(runs)) console.log(`  ${name.padEnd(20)} p50 ${percentile(ms, 50).toFixed(3)}  p95 ${percentile(ms, 95).toFixed(3)}`);
      return;
    }
    const times = { on: [] as number[], off: [] as number[] };
    const byKind = { 'new story': { on: [] as number[], off: [] as number[] }, 'copy of a stored story': { on: [] as number[], off: [] as number[] } };
    type Profile = { statements: Array<{ sql: string; ms: number }>; batches: number[] };
    const profiles = { on: [] as Profile[], off: [] as Profile[] };
    const save = async (article: ArticleInput, stories: boolean, timed: boolean): Promise<number> => {
      const start = performance.now();
      const result = await post<{ created: boolean; profile: Profile }>(`/save?stories=${stories ? 1 : 0}&profile=${PROFILE ? 1 : 0}`, {
        userId: USER,
        article,
      });
      const ms = performance.now() - start;
      if (!result.created) throw new Error('a bench save stored nothing');
      if (timed && PROFILE) profiles[stories ? 'on' : 'off'].push(result.profile);
      return ms;
    };
    for (let n = 0; n < SAVES + WARM_UP; n++) {
      const isCopy = n % 2 === 1;
      const base = isCopy ? copyOf(stored[n % stored.length]!, pools, rand, n) : makeArticle(pools, rand, n, 'new');
      const withUrl = (suffix: string) => ({ ...base, url: `${base.url}?${suffix}`, canonicalUrl: `${base.url}?${suffix}` });
      // Alternate which goes first, so neither variant always meets a warmer cache.
      const order: boolean[] = n % 4 < 2 ? [true, false] : [false, true];
      for (const stories of order) {
        const ms = await save(withUrl(stories ? 'on' : 'off'), stories, n >= WARM_UP);
        if (n < WARM_UP) continue;
        times[stories ? 'on' : 'off'].push(ms);
        byKind[isCopy ? 'copy of a stored story' : 'new story'][stories ? 'on' : 'off'].push(ms);
      }
    }
    const db = await mf.getD1Database('DB');
    // Every save with story detection, warm-up included: copies should join the stored story, new stories nothing.
    const count = async (kind: string) =>
      (
        await db
          .prepare(
            `SELECT COUNT(*) AS n FROM articles WHERE canonical_url LIKE ?1
                AND story_id IN (SELECT story_id FROM articles WHERE canonical_url LIKE '%/stored/%')`,
          )
          .bind(`%/${kind}/%?on`)
          .first<{ n: number }>()
      )?.n ?? 0;
    const linked = await count('copy');
    const falseLinks = await count('new');

    const line = (label: string, on: number[], off: number[]) =>
      `${label.padEnd(28)}${[percentile(off, 50), percentile(on, 50), percentile(off, 95), percentile(on, 95)].map((v) => v.toFixed(2).padStart(10)).join('')}` +
      `${(percentile(on, 50) / percentile(off, 50)).toFixed(2).padStart(11)}×${(percentile(on, 95) / percentile(off, 95)).toFixed(2).padStart(11)}×`;
    console.log(`${SAVES} saves each way after ${WARM_UP} warm-up saves (prepareArticle + saveArticle through the Worker's fetch; ms per save)`);
    console.log(`${''.padEnd(28)}${['off p50', 'on p50', 'off p95', 'on p95', 'p50 on/off', 'p95 on/off'].map((h) => h.padStart(h.includes('/') ? 12 : 10)).join('')}`);
    console.log(line('all saves', times.on, times.off));
    for (const [kind, entry] of Object.entries(byKind)) console.log(line(`  ${kind}`, entry.on, entry.off));
    // How much of the difference is the signature itself (pure CPU in the shared core), timed
    // on the same articles: 10 runs per request, minus one request with 0 runs.
    const signatureMs: number[] = [];
    for (let n = 0; n < 100; n++) {
      const article = makeArticle(pools, rand, n, 'signature');
      const time = async (repeat: number) => {
        const start = performance.now();
        await post('/signature', { text: article.text, repeat });
        return performance.now() - start;
      };
      signatureMs.push(Math.max(0, ((await time(10)) - (await time(0))) / 10));
    }
    if (PROFILE) printProfile(profiles);
    const total = SAVES + WARM_UP;
    console.log(`\ncopies linked to their stored story: ${linked}/${Math.floor(total / 2)}; new stories linked to a stored one: ${falseLinks}/${Math.ceil(total / 2)}`);
    console.log(`of which the story signature (storyIndexEntry, CPU): p50 ${percentile(signatureMs, 50).toFixed(2)} ms, p95 ${percentile(signatureMs, 95).toFixed(2)} ms`);
    const ratio50 = percentile(times.on, 50) / percentile(times.off, 50);
    const ratio95 = percentile(times.on, 95) / percentile(times.off, 95);
    console.log(`target: story detection within 1.5× → ${ratio50 <= 1.5 ? 'met' : 'NOT met'} (p50 ${ratio50.toFixed(2)}×; p95 ${ratio95.toFixed(2)}×)`);
  } finally {
    await mf.dispose();
  }
}

await main();
