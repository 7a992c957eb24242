/**
 * `npm run bench:first-call`: what the extractor's first call on a page costs, against the calls
 * after it. The content script is loaded afresh on every page, so each page pays for compiling
 * the extractor's code and its regular expressions once; bench:extract, which runs every page in
 * one process, never sees that cost.
 *
 * Each sampled page runs in a fresh Node process (the extractor bundled by esbuild, as the
 * extension bundles it), which calls the extractor three times on the page, each time on a fresh
 * parse: the first call, and the second and third once everything is compiled. Medians over the
 * pages are printed.
 *
 * Options: --every N (every Nth page of each extraction set; default 10), --runs N (processes a
 * page; default 2). Never part of `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { loadSets, readPage } from './corpus';
import { option } from './support/cli';
import { median, pageUrl } from './support/scoring';

const every = Math.max(1, Number(option('every') ?? 10));
const runs = Math.max(1, Number(option('runs') ?? 2));

/** The program each process runs: parse the page three times, time a call on each parse. */
const PROGRAM = `
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { inspectPage } from './shared/index';
const [file, url] = process.argv.slice(2);
const html = readFileSync(file, 'utf8');
const documents = [0, 1, 2].map(() => parseHTML(html).document);
const times = documents.map((document) => {
  const start = performance.now();
  inspectPage(document, { url });
  return performance.now() - start;
});
console.log(JSON.stringify(times));
`;

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'jianbao-first-call-'));
  try {
    const script = join(work, 'first-call.mjs');
    await build({
      stdin: { contents: PROGRAM, resolveDir: process.cwd(), loader: 'ts' },
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      outfile: script,
      // linkedom's optional canvas support is never used.
      external: ['canvas'],
      logLevel: 'warning',
    });
    const first: number[] = [];
    const second: number[] = [];
    const third: number[] = [];
    let pages = 0;
    for (const set of loadSets().filter((candidate) => candidate.name !== 'dates')) {
      for (const row of set.rows.filter((_, index) => index % every === 0)) {
        const page = join(work, 'page.html');
        writeFileSync(page, readPage(set, row));
        pages += 1;
        for (let run = 0; run < runs; run += 1) {
          const [a, b, c] = JSON.parse(execFileSync(process.execPath, [script, page, pageUrl(set, row)], { encoding: 'utf8' })) as number[];
          first.push(a!);
          second.push(b!);
          third.push(c!);
        }
      }
    }
    console.log(`${pages} pages (every ${every}th of each extraction set), ${runs} fresh processes a page`);
    console.log(`median ms: first call ${median(first).toFixed(1)}, second ${median(second).toFixed(1)}, third ${median(third).toFixed(1)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
