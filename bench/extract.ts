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
import { readBlocks } from '../shared/extract/blocks';
import { parseStructuredDate } from '../shared/extract/dates';
import { inspectPage } from '../shared/index';
import { loadSets, readPage, type CorpusSet, type TruthRow } from './corpus';
import { shingleScore } from './shingles';

type ExtractorName = 'jianbao' | 'readability' | 'defuddle';

interface Output {
  text: string;
  title?: string;
  date?: string;
  authors: string[];
  editors: string[];
  source?: string;
  isArticle?: boolean;
}

interface PageResult {
  set: string;
  id: string;
  extractor: ExtractorName;
  ms: number;
  threw: boolean;
  error?: string;
  output: Output;
}

const args = process.argv.slice(2);
function option(name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
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

function htmlToText(html: string): string {
  const document = parse(`<!DOCTYPE html><html><body>${html}</body></html>`);
  return readBlocks(document, 'https://example.invalid/')
    .filter((block) => block.kind !== 'image')
    .map((block) => block.text)
    .join('\n\n');
}

function pageUrl(set: CorpusSet, row: TruthRow): string {
  return row.url ?? `https://${set.name}.bench.invalid/pages/${row.id}.html`;
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
      const { article, isArticle } = inspectPage(document, { url });
      const ms = performance.now() - start;
      if (!article) return { ms, threw: false, output: { ...empty, isArticle } };
      return {
        ms, threw: false,
        output: { text: article.text, title: article.title, date: article.publishedAt, authors: article.authors, editors: article.editors, source: article.source, isArticle },
      };
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

const squash = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '');
const nameKey = (text: string): string => squash(text).toLowerCase();

function dayOf(value: string | undefined | null): string | undefined {
  const parsed = parseStructuredDate(value ?? undefined);
  if (!parsed) return undefined;
  return `${parsed.year}-${String(parsed.month).padStart(2, '0')}-${String(parsed.day).padStart(2, '0')}`;
}

/**
 * Whether the output date matches the truth on the calendar day. Some truths give only a year
 * or a month (`2018`, `1998-3`): those are compared at the precision they give, so that an
 * extractor that outputs nothing no longer scores on them and one that outputs the right year
 * or month does.
 */
function dateMatches(truth: string, output: string | undefined): boolean {
  const partial = /^(\d{4})(?:\s*[-/.年]\s*(\d{1,2})\s*月?)?$/.exec(truth.trim());
  if (partial) {
    const parsed = parseStructuredDate(output);
    if (!parsed) return false;
    return parsed.year === Number(partial[1]) && (partial[2] === undefined || parsed.month === Number(partial[2]));
  }
  const day = dayOf(truth);
  return day !== undefined && dayOf(output) === day;
}

function namesMatch(truth: string, predicted: string): boolean {
  const a = nameKey(truth);
  const b = nameKey(predicted);
  return a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a));
}

class Tally {
  private sums = new Map<string, { hit: number; total: number }>();
  add(key: string, hit: number, total = 1): void {
    const entry = this.sums.get(key) ?? { hit: 0, total: 0 };
    entry.hit += hit;
    entry.total += total;
    this.sums.set(key, entry);
  }
  get(key: string): string {
    const entry = this.sums.get(key);
    if (!entry || entry.total === 0) return '—';
    return (entry.hit / entry.total).toFixed(3);
  }
  count(key: string): number {
    return this.sums.get(key)?.total ?? 0;
  }
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function score(set: CorpusSet, row: TruthRow, result: PageResult, tally: Tally): void {
  const { output } = result;
  const isDates = set.name === 'dates';
  if (result.threw) tally.add('throws', 1, 0);
  // A page whose truth text is empty ("") was marked as having no body: an empty extraction
  // scores 1 there, any text 0 (README: non-articles should give null or little text).
  if (!isDates && typeof row.text === 'string') {
    const prf = shingleScore(output.text, row.text);
    tally.add('P', prf.precision);
    tally.add('R', prf.recall);
    tally.add('F1', prf.f1);
    if (row.pageType === 'article') tally.add('F1 art', prf.f1);
    else if (row.pageType) tally.add('F1 other', prf.f1);
  }
  const text = squash(output.text);
  for (const snippet of row.mustContain ?? []) tally.add('must', text.includes(squash(snippet)) ? 1 : 0);
  for (const snippet of row.mustNotContain ?? []) tally.add('mustNot', text.includes(squash(snippet)) ? 0 : 1);
  if (row.firstText) tally.add('start', text.startsWith(squash(row.firstText)) ? 1 : 0);
  if (row.lastText) tally.add('end', text.endsWith(squash(row.lastText)) ? 1 : 0);
  if (row.title) tally.add('title', output.title && squash(output.title) === squash(row.title) ? 1 : 0);
  if (row.publishedAt) {
    tally.add('date', dateMatches(row.publishedAt, output.date) ? 1 : 0);
    if (set.name === 'zh-news' && row.publishedAt.includes('T')) tally.add('time', output.date === row.publishedAt ? 1 : 0);
  }
  if (row.authors && row.authors.length > 0) {
    tally.add('author', row.authors.some((truth) => output.authors.some((name) => namesMatch(truth, name))) ? 1 : 0);
  }
  if (row.editors && row.editors.length > 0) {
    tally.add('editor', row.editors.every((truth) => output.editors.some((name) => namesMatch(truth, name))) ? 1 : 0);
  }
  if (row.source) tally.add('source', output.source && namesMatch(row.source, output.source) ? 1 : 0);
  if (output.isArticle !== undefined) {
    const truthArticle = row.pageType !== undefined ? row.pageType === 'article' : row.isArticle;
    if (truthArticle === true) tally.add('isArt+', output.isArticle ? 1 : 0);
    if (truthArticle === false) tally.add('isArt-', output.isArticle ? 0 : 1);
  }
}

const COLUMNS = ['P', 'R', 'F1', 'F1 art', 'F1 other', 'must', 'mustNot', 'start', 'end', 'title', 'date', 'time', 'author', 'editor', 'source', 'isArt+', 'isArt-'];

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
