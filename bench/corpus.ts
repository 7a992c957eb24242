/**
 * The evaluation corpus in ../shared/data (see its README): every set's truth.jsonl and its
 * gzipped pages. JIANBAO_DATA overrides the location.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface TruthRow {
  id: string;
  file: string;
  url?: string;
  lang?: string;
  text?: string;
  title?: string | null;
  authors?: string[];
  editors?: string[];
  source?: string | null;
  publishedAt?: string | null;
  mustContain?: string[];
  mustNotContain?: string[];
  firstText?: string | null;
  lastText?: string | null;
  pageType?: string;
  isArticle?: boolean;
  site?: string;
}

export interface CorpusSet {
  name: string;
  dir: string;
  rows: TruthRow[];
}

export function dataDir(): string {
  const fromEnv = process.env.JIANBAO_DATA;
  if (fromEnv) return resolve(fromEnv);
  // The repository sits next to the shared data: <work>/<checkout> and <work>/shared/data.
  return resolve(import.meta.dirname, '..', '..', 'shared', 'data');
}

function readTruth(dir: string): TruthRow[] {
  return readFileSync(join(dir, 'truth.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as TruthRow);
}

/** The extraction sets and the dates set, in a stable order. */
export function loadSets(): CorpusSet[] {
  const root = dataDir();
  if (!existsSync(root)) throw new Error(`evaluation data not found at ${root} (set JIANBAO_DATA)`);
  const sets: CorpusSet[] = [];
  const extraction = join(root, 'extraction');
  for (const name of readdirSync(extraction).sort()) {
    const dir = join(extraction, name);
    if (existsSync(join(dir, 'truth.jsonl'))) sets.push({ name, dir, rows: readTruth(dir) });
  }
  const dates = join(root, 'dates', 'htmldate');
  if (existsSync(join(dates, 'truth.jsonl'))) sets.push({ name: 'dates', dir: dates, rows: readTruth(dates) });
  return sets;
}

export function readPage(set: CorpusSet, row: TruthRow): string {
  return gunzipSync(readFileSync(join(set.dir, row.file))).toString('utf8');
}
