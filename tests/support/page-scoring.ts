/**
 * Scoring of the synthetic news-page suites (tests/portal-pages, tests/trad-pages,
 * tests/heldout-pages) against their truth.json, one set of rules for all three, following
 * bench/extract.ts for zh-news:
 * - isArt: isArticlePage agrees with the truth;
 * - title: equal after NFKC and whitespace removal;
 * - date: the same calendar day as written; time (where the truth carries one): the same instant
 *   to the minute (to the second when the truth gives non-zero seconds), and the same offset
 *   where the truth gives a ±hh:mm one (a `Z` truth is a UTC instant, any offset may state it);
 * - author: some truth name and some output name contain one another; editor: every truth editor
 *   is matched so; source: the output contains or is contained by the truth;
 * - start/end: the body starts with firstText (any of a list) and ends with lastText, after the
 *   same squashing; mustNot: the share of mustNotContain snippets absent from the body.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from './fixtures';
import { extractArticle, isArticlePage } from '../../shared/index';

export interface PageTruth {
  isArticle: boolean;
  title?: string;
  publishedAt?: string;
  authors?: string[];
  editors?: string[];
  source?: string | null;
  firstText?: string | string[];
  lastText?: string;
  mustNotContain?: string[];
  notes?: string;
}

export type Metric = 'isArt' | 'title' | 'date' | 'time' | 'author' | 'editor' | 'source' | 'start' | 'end' | 'mustNot';
export const METRICS: Metric[] = ['isArt', 'title', 'date', 'time', 'author', 'editor', 'source', 'start', 'end', 'mustNot'];

export interface PageScore {
  /** 1 hit, 0 miss (mustNot: the share of snippets absent); no entry where the truth is silent. */
  hits: Partial<Record<Metric, number>>;
  /** One line per miss: the metric and what the extractor gave. */
  misses: string[];
}

export const squash = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '');

export function namesMatch(truthName: string, predicted: string): boolean {
  const a = squash(truthName).toLowerCase();
  const b = squash(predicted).toLowerCase();
  return a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a));
}

export function sameDay(truthDate: string, output: string | undefined): boolean {
  return !!output && output.slice(0, 10) === truthDate.slice(0, 10);
}

export function sameTime(truthDate: string, output: string | undefined): boolean {
  if (!output) return false;
  const secondsMatter = /T\d\d:\d\d:(?!00)\d\d/.test(truthDate);
  const unit = secondsMatter ? 1000 : 60_000;
  if (Math.floor(Date.parse(output) / unit) !== Math.floor(Date.parse(truthDate) / unit)) return false;
  const truthOffset = /([+-]\d\d:\d\d)$/.exec(truthDate)?.[1];
  return truthOffset === undefined || output.endsWith(truthOffset);
}

const parse = parseDocument;

/** Extracts the page at `file` as if visited at `url` and scores it against `truth`. */
export function scorePage(file: string, url: string, truth: PageTruth): PageScore {
  const html = readFileSync(file, 'utf8');
  const hits: Partial<Record<Metric, number>> = {};
  const misses: string[] = [];
  const record = (metric: Metric, ok: boolean, detail: string): void => {
    hits[metric] = ok ? 1 : 0;
    if (!ok) misses.push(`${metric}: ${detail}`);
  };
  const isArticle = isArticlePage(parse(html), { url });
  record('isArt', isArticle === truth.isArticle, `isArticlePage ${isArticle}`);
  if (!truth.isArticle) return { hits, misses };
  const article = extractArticle(parse(html), { url });
  const text = squash(article?.text ?? '');
  if (truth.title) record('title', squash(article?.title ?? '') === squash(truth.title), `got ${article?.title}`);
  if (truth.publishedAt) {
    record('date', sameDay(truth.publishedAt, article?.publishedAt), `got ${article?.publishedAt}`);
    if (truth.publishedAt.includes('T')) record('time', sameTime(truth.publishedAt, article?.publishedAt), `got ${article?.publishedAt}`);
  }
  const authors = article?.authors ?? [];
  if (truth.authors?.length) record('author', truth.authors.some((name) => authors.some((got) => namesMatch(name, got))), `got ${JSON.stringify(authors)}`);
  const editors = article?.editors ?? [];
  if (truth.editors?.length) record('editor', truth.editors.every((name) => editors.some((got) => namesMatch(name, got))), `got ${JSON.stringify(editors)}`);
  if (truth.source) record('source', !!article?.source && namesMatch(truth.source, article.source), `got ${article?.source}`);
  if (truth.firstText) {
    const starts = [truth.firstText].flat().some((first) => text.startsWith(squash(first)));
    record('start', starts, `starts ${text.slice(0, 30)}`);
  }
  if (truth.lastText) record('end', text.endsWith(squash(truth.lastText)), `ends ${text.slice(-30)}`);
  if (truth.mustNotContain?.length) {
    const present = truth.mustNotContain.filter((snippet) => text.includes(squash(snippet)));
    hits.mustNot = 1 - present.length / truth.mustNotContain.length;
    if (present.length) misses.push(`mustNot: ${present.join(', ')}`);
  }
  return { hits, misses };
}

/** Mean of each metric over the pages whose truth states it. */
export function averages(scores: PageScore[]): Record<Metric, number | undefined> {
  const result = {} as Record<Metric, number | undefined>;
  for (const metric of METRICS) {
    const values = scores.map((score) => score.hits[metric]).filter((value): value is number => value !== undefined);
    result[metric] = values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : undefined;
  }
  return result;
}

/** The score table: a header, the means, then each page's misses. */
export function scoreTable(heading: string, named: { name: string; score: PageScore }[]): string {
  const table = averages(named.map((entry) => entry.score));
  const lines = [heading, METRICS.join(' | '), METRICS.map((metric) => table[metric]?.toFixed(3) ?? '—').join(' | ')];
  for (const { name, score } of named) if (score.misses.length) lines.push(`  ${name}: ${score.misses.join('; ')}`);
  return lines.join('\n');
}

/**
 * Declares one test per split of a suite whose truth.json lists pages with a `split`: each scores
 * its pages, prints their table and checks every metric against the split's floor (the figures
 * reached when the rules were written).
 */
export function testSplitFloors<Split extends string>(suite: string, pagesDir: string, floors: Record<Split, Record<Metric, number>>): void {
  const truth = JSON.parse(readFileSync(join(pagesDir, 'truth.json'), 'utf8')) as { pages: Array<PageTruth & { file: string; split: Split; url: string }> };
  const scores = truth.pages.map((page) => ({ page, name: page.file, score: scorePage(join(pagesDir, page.file), page.url, page) }));
  describe(suite, () => {
    for (const split of Object.keys(floors) as Split[]) {
      it(`${split} pages reach their floors`, () => {
        const ofSplit = scores.filter((entry) => entry.page.split === split);
        expect(ofSplit.length, `${split} has pages`).toBeGreaterThan(0);
        console.log(scoreTable(`${split} (${ofSplit.length} pages)`, ofSplit));
        const table = averages(ofSplit.map((entry) => entry.score));
        for (const metric of METRICS) {
          const value = table[metric];
          if (value !== undefined) expect(value, `${split} ${metric}`).toBeGreaterThanOrEqual(floors[split][metric]);
        }
      });
    }
  });
}
