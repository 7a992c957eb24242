/** Reads the summaries sets of ../shared/data/summaries (see its README). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SummaryPair {
  id: string;
  lang: 'en' | 'zh';
  text: string;
  summary: string[];
  title?: string;
}

/** Where the shared data lives: $JIANBAO_DATA or ../shared/data from the repo root. */
export const DATA_DIR = process.env.JIANBAO_DATA ?? join(process.cwd(), '..', 'shared', 'data');

/** The pairs of one language's set. */
export function loadSummaryPairs(lang: 'en' | 'zh'): SummaryPair[] {
  const file = join(DATA_DIR, 'summaries', lang, 'truth.jsonl');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as SummaryPair);
}
