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
 * comparison and the mirror judging all run). Prints median and p90 per save and the ratio.
 * Target (issue 8): saving with story detection within 1.5× the time without.
 *
 * Options: --articles N (default 50000), --saves N (default 400).
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

    const times = { on: [] as number[], off: [] as number[] };
    const byKind = { 'new story': { on: [] as number[], off: [] as number[] }, 'copy of a stored story': { on: [] as number[], off: [] as number[] } };
    const save = async (article: ArticleInput, stories: boolean): Promise<number> => {
      const start = performance.now();
      const result = await post<{ created: boolean }>(`/save?stories=${stories ? 1 : 0}`, { userId: USER, article });
      if (!result.created) throw new Error('a bench save stored nothing');
      return performance.now() - start;
    };
    for (let n = 0; n < SAVES + 20; n++) {
      const isCopy = n % 2 === 1;
      const base = isCopy ? copyOf(stored[n % stored.length]!, pools, rand, n) : makeArticle(pools, rand, n, 'new');
      const withUrl = (suffix: string) => ({ ...base, url: `${base.url}?${suffix}`, canonicalUrl: `${base.url}?${suffix}` });
      // Alternate which goes first, so neither variant always meets a warmer cache.
      const order: boolean[] = n % 4 < 2 ? [true, false] : [false, true];
      for (const stories of order) {
        const ms = await save(withUrl(stories ? 'on' : 'off'), stories);
        if (n < 20) continue; // warm-up
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
      `${label.padEnd(28)}${[percentile(off, 50), percentile(on, 50), percentile(off, 90), percentile(on, 90)].map((v) => v.toFixed(2).padStart(10)).join('')}` +
      `${(percentile(on, 50) / percentile(off, 50)).toFixed(2).padStart(9)}×`;
    console.log(`${SAVES} saves each way (prepareArticle + saveArticle through the Worker's fetch; ms per save)`);
    console.log(`${''.padEnd(28)}${['off p50', 'on p50', 'off p90', 'on p90'].map((h) => h.padStart(10)).join('')}${'on/off'.padStart(10)}`);
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
    const total = SAVES + 20;
    console.log(`\ncopies linked to their stored story: ${linked}/${Math.floor(total / 2)}; new stories linked to a stored one: ${falseLinks}/${Math.ceil(total / 2)}`);
    console.log(`of which the story signature (storyIndexEntry, CPU): p50 ${percentile(signatureMs, 50).toFixed(2)} ms, p90 ${percentile(signatureMs, 90).toFixed(2)} ms`);
    console.log(`target: story detection within 1.5× → ${percentile(times.on, 50) / percentile(times.off, 50) <= 1.5 ? 'met' : 'NOT met'} (median)`);
  } finally {
    await mf.dispose();
  }
}

await main();
