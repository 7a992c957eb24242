/**
 * ROUGE as `../shared/data/summaries/README.md` specifies it: F1 of clipped n-gram overlap
 * (ROUGE-1, ROUGE-2) and F1 from the longest common subsequence of the whole token sequences
 * (ROUGE-L, not ROUGE-Lsum). English tokens are lowercased `[a-z0-9]` runs; Chinese tokens are
 * single (lowercased) characters other than whitespace, punctuation, symbols and control
 * characters.
 */

export interface RougeScores {
  rouge1: number;
  rouge2: number;
  rougeL: number;
}

/** Characters that are not ROUGE tokens in a zh set. */
const NON_TOKEN_CHAR = /[\p{White_Space}\p{P}\p{S}\p{Cc}]/u;

/** The README's tokens of `text` for `lang`. */
export function rougeTokens(text: string, lang: 'en' | 'zh'): string[] {
  if (lang === 'en') return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  // Latin letters inside Chinese text are lowercased too: the README's zh Lead-3 figures
  // (50.42 / 37.96 / 39.06) come out only that way (without it ROUGE-1 reads 50.35).
  return Array.from(text.toLowerCase()).filter((ch) => !NON_TOKEN_CHAR.test(ch));
}

function f1(overlap: number, candidate: number, reference: number): number {
  if (overlap === 0 || candidate === 0 || reference === 0) return 0;
  const p = overlap / candidate;
  const r = overlap / reference;
  return (2 * p * r) / (p + r);
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function rougeN(candidate: string[], reference: string[], n: number): number {
  const c = ngramCounts(candidate, n);
  const r = ngramCounts(reference, n);
  let overlap = 0;
  for (const [key, count] of c) overlap += Math.min(count, r.get(key) ?? 0);
  return f1(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

function lcsLength(a: string[], b: string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  let curr = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      curr[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, curr[j - 1]!);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[b.length]!;
}

/** ROUGE-1/2/L F1 (0–1) of `candidate` against `reference`, both already tokenised. */
export function rouge(candidate: string[], reference: string[]): RougeScores {
  return {
    rouge1: rougeN(candidate, reference, 1),
    rouge2: rougeN(candidate, reference, 2),
    rougeL: f1(lcsLength(candidate, reference), candidate.length, reference.length),
  };
}
