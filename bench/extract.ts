/**
 * `npm run bench:extract`: our extractor, Mozilla Readability 0.6 and Defuddle 0.19 side by side
 * on every set of ../shared/data (README there), one process, linkedom documents.
 *
 * Each extractor gets its own fresh parse of the same HTML (Readability and Defuddle modify the
 * document they are given); only the extraction call is timed. Their HTML output is turned into
 * text with the same block reader ours uses, so paragraph breaks count alike for all three.
 *
 * Options: --set a,b (only these sets), --limit N (pages per set), --only ours,
 * --dump FILE (per-page results as JSON lines, for studying failures).
 * Never part of `npm test`.
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import Defuddle from 'defuddle';
import { build } from 'esbuild';
import { parseHTML } from 'linkedom';
import { inspectPage } from '../shared/index';
import { loadSets, readPage } from './corpus';
import { option } from './support/cli';
import { COLUMNS, htmlToText, median, outputOf, pageUrl, score, Tally, type Output } from './support/scoring';

type ExtractorName = 'jianbao' | 'readability' | 'defuddle';

interface PageResult {
  set: string;
  id: string;
  extractor: ExtractorName;
  ms: number;
  threw: boolean;
  error?: string;
  output: Output;
}

const onlySets = option('set')?.split(',');
const limit = Number(option('limit') ?? Infinity);
const only = option('only');
const dumpFile = option('dump');
const allExtractors: ExtractorName[] = ['jianbao', 'readability', 'defuddle'];
const extractors: ExtractorName[] = only ? (only.split(',') as ExtractorName[]) : allExtractors;
for (const name of extractors) {
  if (!allExtractors.includes(name)) {
    console.error(`--only: unknown extractor "${name}"; use ${allExtractors.join(', ')}`);
    process.exit(2);
  }
}

function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

function run(name: ExtractorName, html: string, url: string): { ms: number; threw: boolean; error?: string; output: Output } {
  const document = parse(html);
  // Readability's page test reads a document of its own (parse() changes the one it is given);
  // parsed here, as every document is, so that only the extractors' own work is timed.
  const readerableDocument = name === 'readability' ? parse(html) : undefined;
  const empty: Output = { text: '', authors: [], editors: [] };
  const start = performance.now();
  try {
    if (name === 'jianbao') {
      // The article and the page test from one analysis, as the extension inspects a page
      // (Readability's row times its page test too).
      const inspection = inspectPage(document, { url });
      return { ms: performance.now() - start, threw: false, output: outputOf(inspection) };
    }
    if (name === 'readability') {
      const readerable = isProbablyReaderable(readerableDocument!);
      const result = new Readability(document).parse();
      const ms = performance.now() - start;
      if (!result) return { ms, threw: false, output: { ...empty, isArticle: readerable } };
      return {
        ms, threw: false,
        output: { text: htmlToText(result.content ?? ''), title: result.title ?? undefined, date: result.publishedTime ?? undefined, authors: result.byline ? [result.byline] : [], editors: [], isArticle: readerable },
      };
    }
    // Defuddle logs every malformed JSON-LD block it meets; that noise would bury the tables.
    const consoleError = console.error;
    console.error = () => {};
    let result: ReturnType<Defuddle['parse']>;
    try {
      result = new Defuddle(document, { url }).parse();
    } finally {
      console.error = consoleError;
    }
    const ms = performance.now() - start;
    return {
      ms, threw: false,
      output: { text: htmlToText(result.content ?? ''), title: result.title || undefined, date: result.published || undefined, authors: result.author ? [result.author] : [], editors: [] },
    };
  } catch (error) {
    return { ms: performance.now() - start, threw: true, error: String(error).slice(0, 200), output: empty };
  }
}

/** Minified size of what a page is given: the whole content script, and the extractor alone. */
async function bundleSizes(): Promise<{ contentScript: number; extractor: number }> {
  const options = { bundle: true, minify: true, charset: 'utf8', platform: 'browser', target: 'es2022', write: false } as const;
  const [contentScript, extractor] = await Promise.all([
    build({ ...options, entryPoints: ['extension/content/main.ts'], format: 'iife' }),
    build({
      ...options,
      format: 'esm',
      stdin: { contents: "export { extractArticle, isArticlePage } from './shared/index';", resolveDir: process.cwd(), loader: 'ts' },
    }),
  ]);
  return {
    contentScript: contentScript.outputFiles[0]?.contents.byteLength ?? 0,
    extractor: extractor.outputFiles[0]?.contents.byteLength ?? 0,
  };
}

async function main(): Promise<void> {
  const sets = loadSets().filter((set) => !onlySets || onlySets.includes(set.name));
  const dump: PageResult[] = [];
  const allTimes = new Map<ExtractorName, number[]>();
  for (const set of sets) {
    const rows = set.rows.slice(0, limit);
    const tallies = new Map<ExtractorName, Tally>(extractors.map((name) => [name, new Tally()]));
    const times = new Map<ExtractorName, number[]>(extractors.map((name) => [name, []]));
    for (const row of rows) {
      const html = readPage(set, row);
      const url = pageUrl(set, row);
      for (const name of extractors) {
        const outcome = run(name, html, url);
        const result: PageResult = { set: set.name, id: row.id, extractor: name, ...outcome };
        score(set, row, result, tallies.get(name)!);
        times.get(name)!.push(outcome.ms);
        if (dumpFile) dump.push(result);
      }
    }
    const shown = COLUMNS.filter((column) => extractors.some((name) => tallies.get(name)!.count(column) > 0));
    console.log(`\n## ${set.name} (${rows.length} pages)`);
    console.log(['extractor', ...shown, 'ms/page (median)', 'ms/page (mean)', 'throws'].join(' | '));
    for (const name of extractors) {
      const tally = tallies.get(name)!;
      const pageTimes = times.get(name)!;
      allTimes.set(name, [...(allTimes.get(name) ?? []), ...pageTimes]);
      const mean = pageTimes.reduce((sum, value) => sum + value, 0) / Math.max(1, pageTimes.length);
      console.log([name, ...shown.map((column) => tally.get(column)), median(pageTimes).toFixed(1), mean.toFixed(1), String(tally.count('throws'))].join(' | '));
    }
  }
  console.log('\n## all sets: median ms/page');
  for (const name of extractors) console.log(`${name}: ${median(allTimes.get(name) ?? []).toFixed(1)}`);
  const sizes = await bundleSizes();
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB (${bytes} bytes)`;
  console.log(`\ncontent-script bundle (extension/content/main.ts, esbuild --minify): ${kb(sizes.contentScript)}; target ≤ 60 KB`);
  console.log(`  of which the extractor (extractArticle + isArticlePage): ${kb(sizes.extractor)}`);
  if (dumpFile) writeFileSync(dumpFile, dump.map((entry) => JSON.stringify(entry)).join('\n') + '\n');
}

await main();
