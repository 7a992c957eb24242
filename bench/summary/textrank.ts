/**
 * The TextRank baseline the issue asks the bench to compare with (Mihalcea & Tarau 2004):
 * sentences are nodes, edges weigh the shared tokens normalised by the log of the sentence
 * lengths, PageRank (damping 0.85) ranks them, the top k come back in article order. Tokens are
 * the README's words for English and character bigrams for Chinese (single characters are shared
 * by almost every pair of Chinese sentences). Written for the bench only.
 */
import { rougeTokens } from './rouge';

const DAMPING = 0.85;
const ITERATIONS = 50;

function tokenSet(sentence: string, lang: 'en' | 'zh'): Set<string> {
  const tokens = rougeTokens(sentence, lang);
  if (lang === 'en') return new Set(tokens);
  const bigrams = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) bigrams.add(tokens[i]! + tokens[i + 1]!);
  return bigrams;
}

/** Indices of the `k` TextRank-best sentences, in article order. */
export function textRank(sentences: string[], lang: 'en' | 'zh', k: number): number[] {
  const n = sentences.length;
  if (n <= k) return sentences.map((_, i) => i);
  const sets = sentences.map((s) => tokenSet(s, lang));
  const weights = sets.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = sets[i]!;
      const b = sets[j]!;
      if (a.size < 2 || b.size < 2) continue;
      let shared = 0;
      for (const t of a) if (b.has(t)) shared++;
      const w = shared / (Math.log(a.size) + Math.log(b.size));
      weights[i]![j] = w;
      weights[j]![i] = w;
    }
  }
  const outSum = weights.map((row) => row.reduce((s, w) => s + w, 0));
  let score = new Array<number>(n).fill(1);
  for (let iter = 0; iter < ITERATIONS; iter++) {
    const next = new Array<number>(n).fill(1 - DAMPING);
    for (let j = 0; j < n; j++) {
      if (outSum[j] === 0) continue;
      const share = (DAMPING * score[j]!) / outSum[j]!;
      for (let i = 0; i < n; i++) next[i]! += weights[j]![i]! * share;
    }
    score = next;
  }
  return score
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, k)
    .map((x) => x.i)
    .sort((a, b) => a - b);
}
