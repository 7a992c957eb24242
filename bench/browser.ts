/**
 * `npm run bench:browser`: the extractor where the extension runs it, in Chromium, on the pages of
 * ../shared/data, scored as bench:extract scores it, beside the same extractor on linkedom (what
 * bench:extract and the Worker's clip by URL measure) and beside Readability in the same browser.
 *
 * Each page is served under its own address by request interception (every other request is
 * refused: no network) and parsed by Chromium's HTML parser, with the page's own scripts off, so
 * that the document is the captured one. The extractor and Readability are bundled by esbuild
 * and run in the page; only their calls are timed, each on a document of its own (Readability
 * changes the one it is given, so it reads a copy made before its clock starts).
 *
 * It answers two questions: do the figures of bench:extract hold in a browser (an HTML5 parser
 * builds some malformed pages otherwise than linkedom), and how long does extraction take there,
 * against Readability on the same pages.
 *
 * Options: --set a,b (only these sets), --limit N (pages per set), --every N (every Nth page),
 * --id a,b (only these pages), --dump FILE (per-page results as JSON lines). Needs /usr/bin/chromium (CHROMIUM_PATH overrides).
 * Never part of `npm test`.
 */
import { writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { parseHTML } from 'linkedom';
import { chromium } from 'playwright-core';
import { inspectPage } from '../shared/index';
import { loadSets, readPage } from './corpus';
import { option } from './support/cli';
import { shingleScore } from './shingles';
import { COLUMNS, htmlToText, median, outputOf, pageUrl, score, Tally, type Output } from './support/scoring';

const onlySets = option('set')?.split(',');
const limit = Number(option('limit') ?? Infinity);
const every = Math.max(1, Number(option('every') ?? 1));
const dumpFile = option('dump');
const onlyIds = option('id')?.split(',');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Two bodies whose shingle F1 against each other is below this differ in what they hold. */
const SAME_BODY_F1 = 0.95;
/** How many of the most different pages are listed. */
const LISTED_DIFFERENCES = 10;

type Runner = 'jianbao (Chromium)' | 'jianbao (linkedom)' | 'readability (Chromium)';
const RUNNERS: readonly Runner[] = ['jianbao (Chromium)', 'jianbao (linkedom)', 'readability (Chromium)'];

/** What the page gives back: our article's fields, Readability's, and the time of each call. */
interface InPageResult {
  ours: Output | null;
  oursMs: number;
  /** A second call on the same page: the script's code and patterns compiled, as in bench:extract's loop. */
  oursWarmMs: number;
  readability: { content: string; title?: string; byline?: string; publishedTime?: string; readerable: boolean } | null;
  readabilityMs: number;
  readabilityWarmMs: number;
  error?: string;
}

/** The extractor and Readability as one script that sets `globalThis.__jianbaoBench`. */
async function pageScript(): Promise<string> {
  const result = await build({
    stdin: {
      contents: [
        "import { inspectPage } from './shared/index';",
        "import { isProbablyReaderable, Readability } from '@mozilla/readability';",
        'globalThis.__jianbaoBench = { inspectPage, isProbablyReaderable, Readability };',
      ].join('\n'),
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    charset: 'utf8',
    write: false,
  });
  return result.outputFiles[0]!.text;
}

/** Runs in the page (a string, so that tsx's helpers do not leak into it). */
const RUN_IN_PAGE = `(() => {
  const bench = globalThis.__jianbaoBench;
  const result = { ours: null, oursMs: 0, oursWarmMs: 0, readability: null, readabilityMs: 0, readabilityWarmMs: 0 };
  try {
    const start = performance.now();
    const { article, isArticle } = bench.inspectPage(document, { url: location.href });
    result.oursMs = performance.now() - start;
    const again = performance.now();
    bench.inspectPage(document, { url: location.href });
    result.oursWarmMs = performance.now() - again;
    result.ours = article
      ? { text: article.text, title: article.title, date: article.publishedAt, authors: article.authors, editors: article.editors, source: article.source, isArticle }
      : { text: '', authors: [], editors: [], isArticle };
    const copy = document.cloneNode(true);
    const readerableCopy = document.cloneNode(true);
    const secondCopy = document.cloneNode(true);
    const secondReaderableCopy = document.cloneNode(true);
    const readStart = performance.now();
    const readerable = bench.isProbablyReaderable(readerableCopy);
    const parsed = new bench.Readability(copy).parse();
    result.readabilityMs = performance.now() - readStart;
    const readAgain = performance.now();
    bench.isProbablyReaderable(secondReaderableCopy);
    new bench.Readability(secondCopy).parse();
    result.readabilityWarmMs = performance.now() - readAgain;
    result.readability = parsed
      ? { content: parsed.content ?? '', title: parsed.title ?? undefined, byline: parsed.byline ?? undefined, publishedTime: parsed.publishedTime ?? undefined, readerable }
      : { content: '', readerable };
  } catch (error) {
    result.error = String(error).slice(0, 200);
  }
  return result;
})()`;

function linkedomOutput(html: string, url: string): Output {
  return outputOf(inspectPage(parseHTML(html).document as unknown as Document, { url }));
}

async function main(): Promise<void> {
  const script = await pageScript();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
  // The page's own scripts stay off: the document is the captured one (the bench's scripts run all the same).
  const context = await browser.newContext({ javaScriptEnabled: false });
  // The page to serve, to the first navigation after `goto` (whatever the browser made of its
  // address: percent-encoding, a fragment); nothing after it.
  let served: { html: string } | null = null;
  await context.route('**/*', (route) => {
    const request = route.request();
    if (served && request.isNavigationRequest() && request.frame().parentFrame() === null) {
      const { html } = served;
      served = null;
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    }
    // Cancelled, not failed: a page's meta refresh then leaves the page where it is (no error page).
    return route.abort('aborted');
  });

  const dump: unknown[] = [];
  const allTimes = { ours: [] as number[], readability: [] as number[], oursWarm: [] as number[], readabilityWarm: [] as number[] };
  try {
    for (const set of loadSets().filter((candidate) => !onlySets || onlySets.includes(candidate.name))) {
      const rows = set.rows.filter((row, index) => index % every === 0 && (!onlyIds || onlyIds.includes(row.id))).slice(0, limit);
      if (rows.length === 0) continue;
      const tallies = new Map<Runner, Tally>(RUNNERS.map((runner) => [runner, new Tally()]));
      const times = { ours: [] as number[], readability: [] as number[], oursWarm: [] as number[], readabilityWarm: [] as number[] };
      const differences: Array<{ id: string; f1: number }> = [];
      let failures = 0;
      for (const row of rows) {
        const html = readPage(set, row);
        const url = pageUrl(set, row);
        // An address a browser cannot load (a typo'd scheme in the truth) is served under the made-up one.
        const address = /^https?:\/\//i.test(url) ? url : pageUrl(set, { ...row, url: undefined });
        served = { html };
        let inPage: InPageResult;
        // A page of its own for each document: nothing one page starts (a refresh) reaches the next.
        const page = await context.newPage();
        try {
          await page.goto(address, { waitUntil: 'domcontentloaded', timeout: 30_000 });
          await page.evaluate(script);
          inPage = (await page.evaluate(RUN_IN_PAGE)) as InPageResult;
        } catch (error) {
          inPage = { ours: null, oursMs: 0, oursWarmMs: 0, readability: null, readabilityMs: 0, readabilityWarmMs: 0, error: String(error).slice(0, 200) };
        } finally {
          await page.close();
        }
        const empty: Output = { text: '', authors: [], editors: [] };
        const inBrowser = inPage.ours ?? empty;
        const onLinkedom = linkedomOutput(html, url);
        const readability: Output = inPage.readability
          ? { text: htmlToText(inPage.readability.content), title: inPage.readability.title, date: inPage.readability.publishedTime, authors: inPage.readability.byline ? [inPage.readability.byline] : [], editors: [], isArticle: inPage.readability.readerable }
          : empty;
        const threw = inPage.error !== undefined;
        if (threw) failures += 1;
        score(set, row, { output: inBrowser, threw }, tallies.get('jianbao (Chromium)')!);
        score(set, row, { output: onLinkedom, threw: false }, tallies.get('jianbao (linkedom)')!);
        score(set, row, { output: readability, threw }, tallies.get('readability (Chromium)')!);
        if (!threw) {
          times.ours.push(inPage.oursMs);
          times.readability.push(inPage.readabilityMs);
          times.oursWarm.push(inPage.oursWarmMs);
          times.readabilityWarm.push(inPage.readabilityWarmMs);
        }
        const agreement = inBrowser.text || onLinkedom.text ? shingleScore(inBrowser.text, onLinkedom.text).f1 : 1;
        if (agreement < SAME_BODY_F1) differences.push({ id: row.id, f1: agreement });
        if (dumpFile) dump.push({ set: set.name, id: row.id, chromium: inBrowser, linkedom: onLinkedom, oursMs: inPage.oursMs, oursWarmMs: inPage.oursWarmMs, readabilityMs: inPage.readabilityMs, readabilityWarmMs: inPage.readabilityWarmMs, error: inPage.error });
      }
      for (const key of ['ours', 'readability', 'oursWarm', 'readabilityWarm'] as const) allTimes[key].push(...times[key]);
      const shown = COLUMNS.filter((column) => RUNNERS.some((runner) => tallies.get(runner)!.count(column) > 0));
      console.log(`\n## ${set.name} (${rows.length} pages${every > 1 ? `, every ${every}th` : ''})`);
      console.log(['extractor', ...shown, 'ms/page in Chromium, first call (median)', 'second call (median)'].join(' | '));
      for (const runner of RUNNERS) {
        const ms = runner === 'jianbao (Chromium)' ? [times.ours, times.oursWarm] : runner === 'readability (Chromium)' ? [times.readability, times.readabilityWarm] : [];
        console.log([runner, ...shown.map((column) => tallies.get(runner)!.get(column)), ...(ms.length ? ms.map((values) => median(values).toFixed(1)) : ['—', '—'])].join(' | '));
      }
      differences.sort((a, b) => a.f1 - b.f1);
      console.log(`bodies that differ between Chromium and linkedom (F1 between them < ${SAME_BODY_F1}): ${differences.length} of ${rows.length}` +
        (differences.length > 0 ? `; most: ${differences.slice(0, LISTED_DIFFERENCES).map(({ id, f1 }) => `${id} (${f1.toFixed(2)})`).join(', ')}` : ''));
      if (failures > 0) console.log(`pages that failed to load or threw in the page: ${failures}`);
    }
  } finally {
    await browser.close();
  }
  const ratio = (ours: number[], readability: number[]): string => `jianbao ${median(ours).toFixed(1)}, readability ${median(readability).toFixed(1)} (${(median(ours) / median(readability)).toFixed(2)}×)`;
  console.log('\n## all sets, in Chromium: median ms/page');
  console.log(`first call on the page (the content script is loaded afresh on every page, so this is what the extension pays): ${ratio(allTimes.ours, allTimes.readability)}`);
  console.log(`second call on the same page (code and patterns compiled, as in bench:extract): ${ratio(allTimes.oursWarm, allTimes.readabilityWarm)}`);
  if (dumpFile) writeFileSync(dumpFile, dump.map((entry) => JSON.stringify(entry)).join('\n') + '\n');
}

await main();
