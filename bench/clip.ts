/**
 * `npm run bench:clip`: CPU time of POST /api/clip with html — decode, HTMLRewriter pre-strip,
 * linkedom DOM + the shared extractor, schema validation — per page of ../shared/data, measured
 * inside workerd (Miniflare) where the Worker runs it. Printed beside the same extraction
 * without the pre-strip and Mozilla Readability on the same DOM path, against the Workers CPU
 * budgets: 10 ms (free plan) and 30 s (paid plan default).
 *
 * Options: --sets zh-news,cwced (default: every extraction set), --wcxb-every N (sample one
 * wcxb page in N; default 4), --rounds N (runs per page, fastest kept; default 3),
 * --json (print the raw figures).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Miniflare } from 'miniflare';
import type { ClipTimings } from './clip-timings';
import { option } from './support/cli';
import { percentile } from './support/stats';
import { bundleWorker } from './support/bundle-worker';

const ROOT = resolve(import.meta.dirname, '..');
const DATA = resolve(ROOT, '../shared/data/extraction');
const ALL_SETS = ['zh-news', 'cwced', 'trafilatura-zh', 'aeb', 'wcxb'];
/** Workers CPU budgets per request. */
const BUDGET_MS = { free: 10, paid: 30_000 } as const;
const WARMUP_PAGES = 15;
const ROUNDS = Number(option('rounds') ?? 3);

interface Page {
  set: string;
  id: string;
  url: string;
  bytes: Uint8Array;
}

function loadPages(sets: string[], wcxbEvery: number): Page[] {
  const pages: Page[] = [];
  for (const set of sets) {
    const lines = readFileSync(join(DATA, set, 'truth.jsonl'), 'utf8').split('\n').filter(Boolean);
    lines.forEach((line, index) => {
      if (set === 'wcxb' && index % wcxbEvery !== 0) return;
      const truth = JSON.parse(line) as { id: string; file: string; url?: string };
      const bytes = gunzipSync(readFileSync(join(DATA, set, truth.file)));
      pages.push({ set, id: truth.id, url: truth.url ?? `https://${set}.example/${truth.id}.html`, bytes: new Uint8Array(bytes) });
    });
  }
  return pages;
}

function row(label: string, all: number[]): string {
  const values = all.filter((v) => !Number.isNaN(v));
  const failed = all.length - values.length;
  const within = values.filter((v) => v <= BUDGET_MS.free).length / values.length;
  const cells = [percentile(values, 50), percentile(values, 90), percentile(values, 99), Math.max(...values)].map((v) => v.toFixed(1).padStart(8));
  return `${label.padEnd(34)}${cells.join('')}${`${(within * 100).toFixed(0)}%`.padStart(10)}${failed ? `  (threw on ${failed} pages)` : ''}`;
}

async function main(): Promise<void> {
  const sets = (option('sets') ?? ALL_SETS.join(',')).split(',');
  const wcxbEvery = Number(option('wcxb-every') ?? 4);
  const pages = loadPages(sets, wcxbEvery);
  const scriptPath = await bundleWorker('worker/bench/clip-bench-worker.ts', 'clip-bench-worker.mjs');
  const mf = new Miniflare({ modules: true, scriptPath, compatibilityDate: '2026-05-01', compatibilityFlags: ['nodejs_compat'] });
  try {
    const clip = async (page: Page, repeat = 1): Promise<ClipTimings> => {
      const headers = { 'x-page-url': page.url, 'x-repeat': String(repeat) };
      const response = await mf.dispatchFetch('http://bench.local/', { method: 'POST', body: page.bytes, headers });
      if (!response.ok) throw new Error(`${page.set}/${page.id}: HTTP ${response.status} ${await response.text()}`);
      return (await response.json()) as ClipTimings;
    };
    for (const page of pages.slice(0, WARMUP_PAGES)) await clip(page);
    const results: Array<ClipTimings & { set: string; id: string }> = [];
    for (const page of pages) {
      // workerd's clock ticks in whole milliseconds: repeat fast pages so averages resolve below that.
      const first = await clip(page);
      const repeat = Math.min(20, Math.max(1, Math.ceil(40 / Math.max(1, first.total + first.extractUnstripped))));
      // Other processes share the CPU: keep each step's fastest of several rounds (the usual
      // estimator of a cost under noise; a slower round measured the neighbours, not us).
      const rounds: ClipTimings[] = [];
      for (let round = 0; round < ROUNDS; round += 1) rounds.push(round === 0 && repeat === 1 ? first : await clip(page, repeat));
      // A step that threw comes back as null (JSON has no NaN): it stays a failure, not a time.
      const fastest = (key: keyof ClipTimings) => {
        const times = rounds.map((r) => r[key] as number | null).filter((v): v is number => typeof v === 'number' && !Number.isNaN(v));
        return times.length ? Math.min(...times) : Number.NaN;
      };
      const timings: ClipTimings = {
        ...first,
        decode: fastest('decode'),
        strip: fastest('strip'),
        extract: fastest('extract'),
        validate: fastest('validate'),
        extractUnstripped: fastest('extractUnstripped'),
        readability: fastest('readability'),
        total: 0,
      };
      timings.total = timings.decode + timings.strip + timings.extract + timings.validate;
      results.push({ ...timings, set: page.set, id: page.id });
    }

    if (process.argv.includes('--json')) console.log(JSON.stringify(results));
    const sizes = results.map((r) => r.bytes / 1024);
    const shrink = results.map((r) => 1 - r.strippedBytes / r.bytes);
    console.log(`POST /api/clip with html: per-request work inside workerd (Miniflare), ${results.length} pages of ${sets.join(', ')}` + (sets.includes('wcxb') ? ` (wcxb: 1 in ${wcxbEvery})` : ''));
    console.log(`page size median ${percentile(sizes, 50).toFixed(0)} KiB, p99 ${percentile(sizes, 99).toFixed(0)} KiB; pre-strip removes median ${(percentile(shrink, 50) * 100).toFixed(0)}% of the bytes`);
    console.log(`budgets: ${BUDGET_MS.free} ms CPU (Workers free plan), ${BUDGET_MS.paid / 1000} s (paid plan default); times in ms, warm isolate, fastest of ${ROUNDS} rounds per page\n`);
    console.log(`${'step'.padEnd(34)}${['median', 'p90', 'p99', 'max'].map((h) => h.padStart(8)).join('')}${'≤10 ms'.padStart(10)}`);
    console.log(row('decode (charset)', results.map((r) => r.decode)));
    console.log(row('pre-strip (HTMLRewriter)', results.map((r) => r.strip)));
    console.log(row('linkedom + extractArticle', results.map((r) => r.extract)));
    console.log(row('schema validation', results.map((r) => r.validate)));
    console.log(row('TOTAL Jianbao clip', results.map((r) => r.total)));
    console.log(row('  same without pre-strip', results.map((r) => r.decode + r.extractUnstripped + r.validate)));
    console.log(row('  Readability (linkedom, unstripped)', results.map((r) => r.readability)));
    const over = results.filter((r) => r.total > BUDGET_MS.paid);
    console.log(`\npages over the paid-plan budget: ${over.length}; no article found: ${results.filter((r) => !r.found).length}`);
    for (const set of sets) {
      const inSet = results.filter((r) => r.set === set);
      if (inSet.length) console.log(row(`  ${set} (${inSet.length}) total`, inSet.map((r) => r.total)));
    }
  } finally {
    await mf.dispose();
  }
}

await main();
