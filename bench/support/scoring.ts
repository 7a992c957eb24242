/**
 * How bench:extract and bench:browser score an extractor's output against the truth of
 * ../shared/data (its README): body shingles, snippets, start and end, title, date, people, page type.
 */
import { parseHTML } from 'linkedom';
import type { Article } from '../../shared/article';
import { readBlocks } from '../../shared/extract/blocks';
import { parseStructuredDate } from '../../shared/extract/dates';
import type { CorpusSet, TruthRow } from '../corpus';
import { shingleScore } from '../shingles';

/** What an extractor gave for one page, in the fields the truth has. */
export interface Output {
  text: string;
  title?: string;
  date?: string;
  authors: string[];
  editors: string[];
  source?: string;
  isArticle?: boolean;
}

/** Our extractor's result for a page (inspectPage) in the fields the truth has. */
export function outputOf({ article, isArticle }: { article: Article | null; isArticle: boolean }): Output {
  if (!article) return { text: '', authors: [], editors: [], isArticle };
  return { text: article.text, title: article.title, date: article.publishedAt, authors: article.authors, editors: article.editors, source: article.source, isArticle };
}

/** The address a page is extracted under: its own, or a stable made-up one when the truth has none. */
export function pageUrl(set: CorpusSet, row: TruthRow): string {
  return row.url ?? `https://${set.name}.bench.invalid/pages/${row.id}.html`;
}

/**
 * The text of an extractor's HTML output (Readability's, Defuddle's), read with the same block
 * reader ours uses, so that paragraph breaks count alike for all of them.
 */
export function htmlToText(html: string): string {
  const document = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`).document as unknown as Document;
  return readBlocks(document, 'https://example.invalid/')
    .filter((block) => block.kind !== 'image')
    .map((block) => block.text)
    .join('\n\n');
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

export class Tally {
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

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function score(set: CorpusSet, row: TruthRow, result: { output: Output; threw: boolean }, tally: Tally): void {
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

export const COLUMNS = ['P', 'R', 'F1', 'F1 art', 'F1 other', 'must', 'mustNot', 'start', 'end', 'title', 'date', 'time', 'author', 'editor', 'source', 'isArt+', 'isArt-'];
