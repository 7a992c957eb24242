/**
 * Traditional-script and non-mainland Chinese news templates (Taiwan, Hong Kong, Macau,
 * Singapore, and the Chinese editions of international outlets): synthetic pages in
 * tests/trad-pages/, each checked against tests/trad-pages/truth.json with the bench's scoring
 * rules (bench/extract.ts, zh-news):
 * - title: equal after NFKC and whitespace removal;
 * - date: the same calendar day; where the truth carries a time, the same instant to the minute,
 *   and the same +08:00 offset where the truth gives one;
 * - authors: some truth name and some output name contain one another; editors: every truth
 *   editor is matched so; source: the output contains or is contained by the truth;
 * - body: starts with firstText (any of a list) and ends with lastText, after NFKC and
 *   whitespace removal; no mustNotContain snippet is in it.
 * The pages are split (truth.json's notes): `dev` pages taught the first rules; `heldout1` pages
 * (other sites) measured them and then taught a second round; `heldout2` pages (other sites
 * again), written after that round, measure it. A score table per split is printed; each metric
 * must stay at its floor.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle, isArticlePage } from '../../shared/index';
import { parseDocument } from '../support/fixtures';

type Split = 'dev' | 'heldout1' | 'heldout2';
const SPLITS: Split[] = ['dev', 'heldout1', 'heldout2'];

interface TruthPage {
  file: string;
  split: Split;
  url: string;
  title?: string;
  publishedAt?: string;
  authors?: string[];
  editors?: string[];
  source?: string;
  firstText?: string | string[];
  lastText?: string;
  mustNotContain?: string[];
  isArticle: boolean;
}

const PAGES_DIR = join(import.meta.dirname, '..', 'trad-pages');
const truth = JSON.parse(readFileSync(join(PAGES_DIR, 'truth.json'), 'utf8')) as { pages: TruthPage[] };

const squash = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '');

function namesMatch(truthName: string, predicted: string): boolean {
  const a = squash(truthName).toLowerCase();
  const b = squash(predicted).toLowerCase();
  return a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a));
}

/** Minutes since the epoch of an ISO date-time; a bare `Z`-less, offset-less value is UTC. */
function instantMinutes(iso: string): number {
  return Math.floor(Date.parse(iso) / 60_000);
}

function dateMatches(truthDate: string, output: string | undefined): boolean {
  if (!output) return false;
  if (!truthDate.includes('T')) return output.slice(0, 10) === truthDate;
  if (instantMinutes(output) !== instantMinutes(truthDate)) return false;
  const truthOffset = /([+-]\d\d:\d\d)$/.exec(truthDate)?.[1];
  return truthOffset === undefined || output.endsWith(truthOffset);
}

type Metric = 'title' | 'date' | 'author' | 'editor' | 'source' | 'start' | 'end' | 'mustNot' | 'isArt';
const METRICS: Metric[] = ['title', 'date', 'author', 'editor', 'source', 'start', 'end', 'mustNot', 'isArt'];

/** Lowest score allowed per split and metric (the figures reached when the rules were written). */
const FLOORS: Record<Split, Record<Metric, number>> = {
  // stheadline-local ends with the helpline line Hong Kong sites add to such stories (left as it is: see truth.json).
  dev: { title: 1, date: 1, author: 1, editor: 1, source: 1, start: 1, end: 0.9, mustNot: 1, isArt: 1 },
  // voa-china: a caption in a <span class="caption"> beside the picture; bbczh-world: a caption in a <p> of a <figure>
  // (BBC's own pages use <figcaption>; treating all figure text as caption cost wcxb pages their testimonials);
  // hkej-listing: a list of teasers read as an article.
  heldout1: { title: 1, date: 1, author: 1, editor: 1, source: 1, start: 0.77, end: 1, mustNot: 1, isArt: 0.9 },
  heldout2: { title: 1, date: 1, author: 1, editor: 1, source: 1, start: 1, end: 1, mustNot: 1, isArt: 1 },
};

interface PageScore {
  page: TruthPage;
  hits: Partial<Record<Metric, number>>;
  misses: string[];
}

function scorePage(page: TruthPage): PageScore {
  const html = readFileSync(join(PAGES_DIR, page.file), 'utf8');
  const article = extractArticle(parseDocument(html), { url: page.url });
  const isArticle = isArticlePage(parseDocument(html), { url: page.url });
  const hits: Partial<Record<Metric, number>> = {};
  const misses: string[] = [];
  const record = (metric: Metric, ok: boolean, detail: string): void => {
    hits[metric] = ok ? 1 : 0;
    if (!ok) misses.push(`${metric}: ${detail}`);
  };
  record('isArt', isArticle === page.isArticle, `isArticlePage ${isArticle}`);
  if (!page.isArticle) return { page, hits, misses };
  const text = squash(article?.text ?? '');
  if (page.title) record('title', squash(article?.title ?? '') === squash(page.title), `got ${article?.title}`);
  if (page.publishedAt) record('date', dateMatches(page.publishedAt, article?.publishedAt), `got ${article?.publishedAt}`);
  const authors = article?.authors ?? [];
  if (page.authors?.length) record('author', page.authors.some((name) => authors.some((got) => namesMatch(name, got))), `got ${JSON.stringify(authors)}`);
  const editors = article?.editors ?? [];
  if (page.editors?.length) record('editor', page.editors.every((name) => editors.some((got) => namesMatch(name, got))), `got ${JSON.stringify(editors)}`);
  if (page.source) record('source', !!article?.source && namesMatch(page.source, article.source), `got ${article?.source}`);
  if (page.firstText) {
    const starts = [page.firstText].flat().some((first) => text.startsWith(squash(first)));
    record('start', starts, `starts ${text.slice(0, 30)}`);
  }
  if (page.lastText) record('end', text.endsWith(squash(page.lastText)), `ends ${text.slice(-30)}`);
  if (page.mustNotContain) {
    const present = page.mustNotContain.filter((snippet) => text.includes(squash(snippet)));
    hits.mustNot = 1 - present.length / page.mustNotContain.length;
    if (present.length) misses.push(`mustNot: ${present.join(', ')}`);
  }
  return { page, hits, misses };
}

function averages(scores: PageScore[]): Record<Metric, number | undefined> {
  const result = {} as Record<Metric, number | undefined>;
  for (const metric of METRICS) {
    const values = scores.map((score) => score.hits[metric]).filter((value): value is number => value !== undefined);
    result[metric] = values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : undefined;
  }
  return result;
}

const scores = truth.pages.map(scorePage);

describe('traditional-script and non-mainland Chinese news templates', () => {
  for (const split of SPLITS) {
    it(`${split} pages reach their floors`, () => {
      const ofSplit = scores.filter((score) => score.page.split === split);
      const table = averages(ofSplit);
      const lines = [`${split} (${ofSplit.length} pages)`, METRICS.join(' | '), METRICS.map((metric) => table[metric]?.toFixed(3) ?? '—').join(' | ')];
      for (const score of ofSplit) if (score.misses.length) lines.push(`  ${score.page.file}: ${score.misses.join('; ')}`);
      console.log(lines.join('\n'));
      for (const metric of METRICS) {
        const value = table[metric];
        if (value !== undefined) expect(value, `${split} ${metric}`).toBeGreaterThanOrEqual(FLOORS[split][metric]);
      }
    });
  }
});
