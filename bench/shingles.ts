/**
 * ScrapingHub's body measure (article-extraction-benchmark), as /work/shared/data/README.md
 * describes it: tokens are words of letters or digits, or single CJK characters; 4-token
 * shingles; precision, recall and F1 of the shingle multisets of the extracted text against
 * the truth.
 */

const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[^\P{L}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+|\p{N}+/gu;
const SHINGLE_SIZE = 4;

export function tokenize(text: string): string[] {
  return (text.toLowerCase().match(TOKEN) ?? []);
}

function shingles(text: string): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  const add = (key: string): void => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  if (tokens.length < SHINGLE_SIZE) add(tokens.join(' '));
  for (let i = 0; i + SHINGLE_SIZE <= tokens.length; i += 1) add(tokens.slice(i, i + SHINGLE_SIZE).join(' '));
  return counts;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** P/R/F1 of `predicted` against `truth`. Both empty: perfect; one empty: zero. */
export function shingleScore(predicted: string, truth: string): Prf {
  const a = shingles(predicted);
  const b = shingles(truth);
  let sizeA = 0;
  let sizeB = 0;
  for (const count of a.values()) sizeA += count;
  for (const count of b.values()) sizeB += count;
  if (sizeA === 0 && sizeB === 0) return { precision: 1, recall: 1, f1: 1 };
  if (sizeA === 0 || sizeB === 0) return { precision: 0, recall: 0, f1: 0 };
  let common = 0;
  for (const [key, count] of a) common += Math.min(count, b.get(key) ?? 0);
  const precision = common / sizeA;
  const recall = common / sizeB;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
